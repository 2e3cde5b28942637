// H5: centred column and phone proportions on desktop screens.
import '../../styles/desktop.scss'
