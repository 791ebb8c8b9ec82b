/**
 * Message keys put together from a typed value: `t(\`results_skip_${snake(reason)}\`)` has the type
 * of the keys it can make ("results_skip_no_key" | "results_skip_total" | …), so the compiler checks
 * each against the catalogues (lib/i18n/message-keys.ts), where `reason.replace('-', '_')` gave any string.
 */
export type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;

export function snake<S extends string>(value: S): Snake<S> {
  return value.replace(/-/g, '_') as Snake<S>;
}
