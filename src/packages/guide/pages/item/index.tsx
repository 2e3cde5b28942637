import { Text, View } from '@tarojs/components'

export default function Page() {
  return (
    <View>
      <Text>guide/pages/item</Text>
    </View>
  )
}
