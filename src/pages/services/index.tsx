import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

export default function Page() {
  return (
    <View>
      <Text>services</Text>
      <Button type="primary">按钮</Button>
    </View>
  )
}
