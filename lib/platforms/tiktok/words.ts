/** The words TikTok prints that the reader needs, in the interface languages we read. */

/** The "Pinned" label TikTok puts on a tile, in the interface languages we read. */
export const PINNED_WORDS =
  /^(pinned|fijado|fixado|épinglé|angeheftet|fissato|sabitlendi|закреплено|закріплено|przypięte|vastgezet|disematkan|sabitlənib|पिन किया गया|固定済み|고정됨|置顶|置頂)$/iu;
