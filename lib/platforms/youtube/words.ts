/**
 * The words YouTube prints around its numbers, in the interface languages we read: what tells a
 * subscriber count from a video count, views from likes, and a live stream's viewers from views.
 */

/** Subscribers and videos named by meaning, not by position (iv-org/invidious#4785). */
export const SUBSCRIBER_WORDS = [
  'subscriber',
  'suscriptor',
  'inscrit',
  'subscritor',
  'abonn',
  'abone',
  'iscritt',
  'подписчик',
  'підписник',
  'abunəçi',
  'subskrybent',
  'subskrypcj',
  'pelanggan',
  'सब्सक्राइबर',
  'सदस्य',
  '登録者',
  '구독자',
  '订阅者',
  '訂閱者',
  'odběratel',
  'abonați',
  'prenumerant',
];
export const VIDEO_WORDS = ['video', 'vídeo', 'vidéo', 'видео', 'відео', 'wideo', 'film', 'वीडियो', '動画', '동영상', '视频', '影片'];

/** Whether the text mentions one of the words (case- and normalisation-blind). */
export function mentions(text: string, words: readonly string[]): boolean {
  const lower = text.normalize('NFC').toLowerCase();
  return words.some((word) => lower.includes(word.normalize('NFC')));
}

/** Words for "views", to tell the views factoid from the likes one. */
export const VIEW_WORDS =
  /view|visualiza|vue|aufruf|visualizz|görüntül|просмотр|перегляд|wyświetl|weergave|tayangan|lượt xem|बार देखा|回視聴|조회수|观看|觀看/iu;

/**
 * "12K watching": a live stream's viewers, never its views. Only the words for watching now: the
 * stems of "views" in Russian ("просмотров" holds "смотр") and Chinese ("次观看") are not live.
 */
export const LIVE_WORDS =
  /watching|viendo|assistindo|regardent|spectateurs|zuschauer|guardando|izliyor|izləyir|смотрят|дивляться|ogląda|kijken|menonton|đang xem|देख रहे|視聴中|시청 중|正在观看|正在觀看/iu;
