/**
 * Message keys put together from typed values, one way everywhere: `messageKey('results_skip',
 * reason)` has the type of the keys it can make ("results_skip_no_key" | "results_skip_total" | …),
 * so the compiler checks each against the catalogues (lib/i18n/message-keys.ts). Ids with hyphens
 * ("to-contact") become the catalogue's underscores ("sp_status_to_contact"). A hand-written table
 * from ids to keys, or a key spelled out in a template, would be a second and a third way: the
 * convention test (tests/unit/i18n/message-key-helper.test.ts) refuses both.
 */
export type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;

type Joined<Parts extends readonly string[]> = Parts extends readonly [infer Head extends string]
  ? Snake<Head>
  : Parts extends readonly [infer Head extends string, ...infer Rest extends string[]]
    ? `${Snake<Head>}_${Joined<Rest>}`
    : never;

export function snake<S extends string>(value: S): Snake<S> {
  return value.replace(/-/g, '_') as Snake<S>;
}

/** The key of a message named by a prefix and ids: `messageKey('platform', 'tiktok')` is "platform_tiktok". */
export function messageKey<const Parts extends readonly [string, string, ...string[]]>(...parts: Parts): Joined<Parts> {
  return parts.map(snake).join('_') as Joined<Parts>;
}
