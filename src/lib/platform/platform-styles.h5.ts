// H5: centred column and phone proportions on desktop screens; no router title row before the first page.
import '../../styles/desktop.scss'
import '../../styles/h5-shell.scss'
