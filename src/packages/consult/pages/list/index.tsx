import { Text, View } from '@tarojs/components'

export default function Page() {
  return (
    <View>
      <Text>consult/pages/list</Text>
    </View>
  )
}
