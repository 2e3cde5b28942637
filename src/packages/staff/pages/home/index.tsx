import { Text, View } from '@tarojs/components'

export default function Page() {
  return (
    <View>
      <Text>staff/pages/home</Text>
    </View>
  )
}
