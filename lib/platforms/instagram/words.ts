/**
 * The words Instagram prints around its numbers, in the languages it serves. The reader never needs
 * them to find a number (it reads by structure: the header's three counts come in a fixed order,
 * the post's action bar puts likes before comments); the words only say which count is which in a
 * sentence (og:description), and recognise the screens that stand in for a profile.
 *
 * Sources, by kind (the strings are Meta's own translations):
 * - Profile descriptions seen on real pages: en (metascraper's 2024 capture), fr ("399 followers,
 *   512 suivis, 174 publications", a 2026-05 recon note; "abonnés, … abonnements" in earlier search
 *   snippets), de ("1,432 Abonnenten, 268 folgen, 468 Beiträge"), tr ("185 Takipçi, 690 Takip
 *   Edilen, 2 Gönderi", a saved 2020 page), pt ("476.3 mil seguidores, 123 seguindo, 1057
 *   publicações"), es ("seguidores … seguidos … publicaciones - Ver fotos y videos de Instagram de"),
 *   id ("255 juta Pengikut, 147 Mengikuti, 1019 Postingan"), ko ("팔로워 862명, 팔로잉 106명,
 *   게시물 58개", issue #8 and a Korean extractor's tests), ru ("Подписчики: 686M, Подписки: 286,
 *   Публикации: 8,579", a 2026-09 collector's live probe). All found in public GitHub code.
 * - Logged-in header texts: ko "게시물 81 / 팔로워 3568 / 팔로우 2" (labels before the numbers), ru
 *   "8 579 публикаций 686 млн подписчиков 286 подписок" (after, exact value in `title`).
 * - "Paid partnership": Meta's label strings as listed by the facebook-clean-my-feeds userscript
 *   (zbluebugz), which Instagram shares; ko "유료 광고 포함" and ja "タイアップ投稿" are Instagram's own.
 * - "This account is private", "Sorry, this page isn't available", "Continue as": the forms other
 *   scrapers test for (en, es, fr, de, ru, ko, tr, zh seen); the rest are Meta's translations of the
 *   same strings and are marked `unseen` below: a miss there only falls back to structure.
 *
 * Matching is on `normalizeWords` text: lower case, NFC, no bidi or joiner marks, one kind of
 * apostrophe and space.
 */

function normalizeWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

export type ProfileCount = 'followers' | 'following' | 'postCount';
export type PostCount = 'likes' | 'comments' | 'views';

/** Stems per language; a label is classified by the longest stem it contains. */
type Lexicon<K extends string> = Readonly<Record<K, Readonly<Record<string, readonly string[]>>>>;

export const PROFILE_LABELS: Lexicon<ProfileCount> = {
  followers: {
    en: ['follower'],
    es: ['seguidor'],
    pt: ['seguidor'],
    fr: ['follower', 'abonné'],
    de: ['follower', 'abonnent'],
    it: ['follower'],
    tr: ['takipçi'],
    ru: ['подписчик'],
    uk: ['підписник', 'читач'],
    pl: ['obserwując'],
    nl: ['volger'],
    id: ['pengikut'],
    hi: ['फ़ॉलोअर', 'फॉलोअर'],
    ja: ['フォロワー'],
    ko: ['팔로워'],
    zh: ['粉丝', '粉絲'],
    ar: ['متابع'],
    fa: ['دنبال کننده', 'دنبالکننده'],
    az: ['izləyici'],
  },
  following: {
    en: ['following'],
    es: ['seguido', 'siguiendo'],
    pt: ['seguindo'],
    fr: ['suivi', 'abonnement'],
    de: ['gefolgt', 'folgen', 'folge ich'],
    it: ['seguiti'],
    tr: ['takip edilen', 'takip'],
    ru: ['подписк', 'подписок'],
    uk: ['підписк', 'стеж'],
    pl: ['obserwowan'],
    nl: ['volgend'],
    id: ['mengikuti'],
    hi: ['फ़ॉलोइंग', 'फॉलोइंग'],
    ja: ['フォロー中'],
    ko: ['팔로잉', '팔로우'],
    zh: ['关注', '關注', '追踪', '追蹤'],
    ar: ['متابَع', 'يتابع', 'المتابَعين'],
    fa: ['دنبال شونده', 'دنبالشونده', 'دنبال می کند'],
    az: ['izlənilən', 'izləyir', 'izlədiy'],
  },
  postCount: {
    en: ['post'],
    es: ['publicacion', 'publicación'],
    pt: ['publicaç', 'post'],
    fr: ['publication'],
    de: ['beiträg', 'beitrag'],
    it: ['post'],
    tr: ['gönderi'],
    ru: ['публикац'],
    uk: ['публікац', 'допис'],
    pl: ['post'],
    nl: ['bericht'],
    id: ['postingan'],
    hi: ['पोस्ट'],
    ja: ['投稿'],
    ko: ['게시물'],
    zh: ['帖子', '贴文', '貼文', '篇'],
    ar: ['منشور'],
    fa: ['پست'],
    az: ['paylaşım', 'post'],
  },
};

export const POST_LABELS: Lexicon<PostCount> = {
  likes: {
    en: ['like'],
    es: ['me gusta'],
    pt: ['curtida', 'curtir'],
    fr: ["j'aime"],
    de: ['gefällt', 'like'],
    it: ['mi piace'],
    tr: ['beğen'],
    ru: ['нравится'],
    uk: ['вподобан', 'подобається'],
    pl: ['polubie', 'lubię to'],
    nl: ['vind-ik-leuk', 'like'],
    id: ['suka'],
    hi: ['लाइक', 'पसंद'],
    ja: ['いいね'],
    ko: ['좋아요'],
    zh: ['赞', '讚'],
    ar: ['إعجاب', 'أعجبني'],
    fa: ['لایک', 'پسند'],
    az: ['bəyən'],
  },
  comments: {
    en: ['comment'],
    es: ['comentar'],
    pt: ['comentário', 'comentar'],
    fr: ['commentaire', 'commenter'],
    de: ['komment'],
    it: ['comment'],
    tr: ['yorum'],
    ru: ['коммент'],
    uk: ['комент'],
    pl: ['komentarz'],
    nl: ['reactie', 'opmerking'],
    id: ['komentar'],
    hi: ['कमेंट', 'टिप्पणी'],
    ja: ['コメント'],
    ko: ['댓글'],
    zh: ['评论', '評論', '留言'],
    ar: ['تعليق'],
    fa: ['نظر', 'کامنت'],
    az: ['şərh', 'rəy'],
  },
  views: {
    en: ['view', 'play'],
    es: ['reproduccion', 'reproducción', 'visualizacion', 'visualización'],
    pt: ['visualizaç', 'reproduç'],
    fr: ['vue', 'lecture'],
    de: ['aufruf', 'wiedergabe'],
    it: ['visualizzazion', 'riproduzion'],
    tr: ['görüntülen', 'izlenme', 'oynatma'],
    ru: ['просмотр'],
    uk: ['перегляд'],
    pl: ['wyświetle', 'odtworze'],
    nl: ['weergave', 'afspeling'],
    id: ['tayangan', 'putar'],
    hi: ['व्यू', 'बार देखा'],
    ja: ['再生', '回視聴'],
    ko: ['조회', '재생'],
    zh: ['播放', '观看', '觀看'],
    ar: ['مشاهدة', 'تشغيل'],
    fa: ['بازدید', 'پخش'],
    az: ['baxış', 'izlənmə'],
  },
};

/**
 * Words for replies to a comment ("View all 1 replies", "Ver las 4 respuestas"): a line that names
 * them counts replies, never views, even where it also says "view". Meta's own translations of the
 * reply link; the languages above.
 */
const REPLY_STEMS = [
  'repl',
  'respuesta',
  'resposta',
  'réponse',
  'antwort',
  'rispost',
  'yanıt',
  'ответ',
  'відповід',
  'odpowied',
  'antwoord',
  'balasan',
  'जवाब',
  '返信',
  '답글',
  '回复',
  '回覆',
  'ردود',
  'پاسخ',
  'cavab',
];

/** Whether a count's label is about replies or comments, whatever else it says ("View all 12 comments"). */
export function namesRepliesOrComments(label: string): boolean {
  const text = normalizeWords(label);
  return (
    REPLY_STEMS.some((stem) => text.includes(stem)) ||
    Object.values(POST_LABELS.comments)
      .flat()
      .some((stem) => text.includes(stem))
  );
}

/** Phrases, every language together: what matters is that the screen says it, not in which language. */
type Phrases = Readonly<Record<string, readonly string[]>>;

/** Instagram's own branded-content label above a post ("Paid partnership with brand"). */
export const PAID_PARTNERSHIP: Phrases = {
  en: ['paid partnership'],
  es: ['colaboración pagada'],
  pt: ['parceria paga'],
  fr: ['partenariat rémunéré'],
  de: ['bezahlte partnerschaft', 'bezahlte werbepartnerschaft'],
  it: ['partnership pubblicizzata', 'partnership retribuita'],
  tr: ['ücretli ortaklık'],
  ru: ['платное партнерство', 'платное партнёрство'],
  uk: ['оплачуване партнерство'],
  pl: ['post sponsorowany', 'płatna współpraca'],
  nl: ['betaald partnerschap'],
  id: ['kemitraan berbayar'],
  ja: ['タイアップ投稿', '有償パートナーシップ'],
  ko: ['유료 광고 포함'],
  zh: ['付费合作', '付費合作', '有偿合作'],
  ar: ['شراكة مدفوعة'],
  // unseen: Meta's translations of the same string.
  hi: ['सशुल्क साझेदारी'],
  fa: ['همکاری پولی', 'مشارکت پولی'],
  az: ['ödənişli tərəfdaşlıq', 'ödənişli əməkdaşlıq'],
};

/** The message on a private account's page, under its header. */
export const PRIVATE_ACCOUNT: Phrases = {
  en: ['this account is private'],
  es: ['esta cuenta es privada'],
  fr: ['ce compte est privé'],
  de: ['dieses konto ist privat', 'dieses profil ist privat'],
  ru: ['это закрытый аккаунт', 'закрытый аккаунт'],
  ko: ['비공개 계정'],
  tr: ['bu hesap gizli'],
  zh: ['私密帐户', '私密账户', '账号私密', '私人帳號'],
  // unseen: Meta's translations of the same string.
  pt: ['esta conta é privada'],
  it: ['questo account è privato'],
  uk: ['це закритий обліковий запис', 'закритий акаунт'],
  pl: ['to konto jest prywatne'],
  nl: ['dit account is privé'],
  id: ['akun ini privat', 'akun ini bersifat pribadi'],
  hi: ['यह अकाउंट प्राइवेट है'],
  ja: ['このアカウントは非公開です'],
  ar: ['هذا الحساب خاص'],
  fa: ['این حساب خصوصی است'],
  az: ['bu hesab gizlidir', 'bu hesab məxfidir'],
};

/** The account chooser's button: "Continue as <remembered account>". */
export const CONTINUE_AS: Phrases = {
  en: ['continue as'],
  es: ['continuar como'],
  pt: ['continuar como'],
  ru: ['продолжить как'],
  // unseen: Meta's translations of the same string.
  fr: ['continuer en tant que'],
  de: ['weiter als', 'fortfahren als'],
  it: ['continua come'],
  tr: ['olarak devam et'],
  uk: ['продовжити як'],
  pl: ['kontynuuj jako'],
  nl: ['doorgaan als'],
  id: ['lanjutkan sebagai'],
  hi: ['के रूप में जारी रखें'],
  ja: ['としてログイン', 'として続行'],
  ko: ['(으)로 계속', '으로 계속', '로 계속'],
  zh: ['继续使用', '繼續使用', '身份继续', '身分繼續'],
  ar: ['المتابعة باسم', 'متابعة باسم'],
  fa: ['ادامه به عنوان'],
  az: ['kimi davam et'],
};

/** The page shown for a removed, suspended or mistyped account. */
export const PAGE_UNAVAILABLE: Phrases = {
  en: ["this page isn't available", 'this page is not available'],
  ru: ['эта страница недоступна'],
  ko: ['페이지를 사용할 수 없습니다'],
  es: ['esta página no está disponible'],
  // unseen: Meta's translations of the same string.
  pt: ['esta página não está disponível'],
  fr: ["cette page n'est pas disponible"],
  de: ['diese seite ist leider nicht verfügbar', 'diese seite ist nicht verfügbar'],
  it: ['questa pagina non è disponibile'],
  tr: ['bu sayfaya ulaşılamıyor', 'bu sayfa kullanılamıyor'],
  uk: ['ця сторінка недоступна'],
  pl: ['ta strona jest niedostępna'],
  nl: ['deze pagina is niet beschikbaar'],
  id: ['halaman ini tidak tersedia'],
  ja: ['このページはご利用いただけません'],
  zh: ['此页面不可用', '無法使用此頁面', '无法使用此页面'],
  ar: ['هذه الصفحة غير متاحة'],
  fa: ['این صفحه در دسترس نیست'],
  az: ['bu səhifə əlçatan deyil'],
};

/** A regular expression (for the evidence registry) that finds any of the phrases. */
export function phrasePattern(phrases: Phrases): RegExp {
  const all = [...new Set(Object.values(phrases).flat())].sort((a, b) => b.length - a.length);
  return new RegExp(all.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
}

/**
 * Which count a label names ("Followers", "팔로워", "takip edilen"), by the longest stem it contains
 * in any language; null when no stem matches or two kinds tie.
 */
export function classifyLabel<K extends string>(label: string, lexicon: Lexicon<K>): K | null {
  const text = normalizeWords(label);
  let best: { kind: K; length: number } | null = null;
  let tie = false;
  for (const [kind, byLang] of Object.entries(lexicon) as [K, Record<string, readonly string[]>][]) {
    for (const stem of Object.values(byLang).flat()) {
      if (!text.includes(stem)) continue;
      if (!best || stem.length > best.length) {
        best = { kind, length: stem.length };
        tie = false;
      } else if (stem.length === best.length && best.kind !== kind) tie = true;
    }
  }
  return best && !tie ? best.kind : null;
}
