import * as z from 'zod/mini';

/**
 * The parts of Vetlens that message each other:
 * - `content`: a site's content script (the top frame of an Instagram, TikTok or YouTube tab);
 * - `worker`: the background service worker, which alone opens the store;
 * - `card`: the card's extension page, framed on the site's page (entrypoints/card/);
 * - `popup`: the toolbar's popup;
 * - `extension`: every extension context at once (a broadcast: the worker and every card frame hear it).
 */
export type Party = 'content' | 'worker' | 'card' | 'popup' | 'extension';

/**
 * One message: what its sender sends (the fields beside `type`) and what its receiver answers.
 * A message nobody answers has the answer `z.undefined()`.
 */
export interface MessageSpec {
  request: z.ZodMiniObject;
  answer: z.ZodMiniType;
}

export interface Channel<From extends Party = Party, To extends Party = Party, M extends Record<string, MessageSpec> = Record<string, MessageSpec>> {
  from: From;
  to: To;
  messages: M;
}

/** What the browser says of a message's sender (the fields Vetlens checks). */
export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** A channel's message names. */
export type MessageName<C extends Channel> = keyof C['messages'] & string;
/** What the sender of a message gives (the message without its `type`). */
export type Request<C extends Channel, K extends MessageName<C>> = z.output<C['messages'][K]['request']>;
/** What the receiver of a message answers, checked by the sender before it is used. */
export type Answer<C extends Channel, K extends MessageName<C>> = z.output<C['messages'][K]['answer']>;

/**
 * The `type` a message travels with: `<sender>-to-<receiver>:<name>`, e.g. `content-to-worker:snapshot`.
 *
 * Why this convention: a receiver hears messages from several senders (the content script hears the card
 * frame and the popup; the worker hears content scripts and their card broadcasts), and what it may do
 * depends on who sent it. A name that says only one end (`content:snapshot` said the sender,
 * `tab:current-state` the receiver) leaves the other to be guessed, and a sender check to be
 * forgotten. With both ends in the name, a listener takes exactly its own channels by prefix, the
 * sender check sits beside the channel it guards, and a reader of a log line knows both ends. ASCII
 * `-to-` rather than an arrow, so the names can be typed and searched for anywhere.
 */
export type WireType<C extends Channel, K extends MessageName<C>> = `${C['from']}-to-${C['to']}:${K}`;

/** A channel's messages, each named with both ends (see WireType). */
export function defineChannel<const From extends Party, const To extends Party, const M extends Record<string, MessageSpec>>(
  from: From,
  to: To,
  messages: M,
): Channel<From, To, M> {
  return { from, to, messages };
}

export function channelPrefix(channel: Channel): string {
  return `${channel.from}-to-${channel.to}:`;
}

export function wireType<C extends Channel, K extends MessageName<C>>(channel: C, name: K): WireType<C, K> {
  return `${channel.from}-to-${channel.to}:${name}`;
}

/** The message as it travels: its request's fields and its `type`. */
export function encodeRequest<C extends Channel, K extends MessageName<C>>(channel: C, name: K, request: Request<C, K>): { type: WireType<C, K> } {
  return { ...request, type: wireType(channel, name) };
}

/** Thrown by a sender when the receiver's answer does not have the answer's shape: the answer is not used. */
export class InvalidAnswerError extends Error {
  constructor(type: string, detail: string) {
    super(`invalid answer to ${type}: ${detail.slice(0, 500)}`);
    this.name = 'InvalidAnswerError';
  }
}

/** Checks an answer with the message's answer schema: its typed value, or InvalidAnswerError. */
export function readAnswer<C extends Channel, K extends MessageName<C>>(channel: C, name: K, raw: unknown): Answer<C, K> {
  return parseAnswer<C['messages'], K>(channel.messages, name, raw, wireType(channel, name));
}

// Generic over the message map itself, so that TypeScript keeps each message's own schema type.
function parseAnswer<M extends Record<string, MessageSpec>, K extends keyof M & string>(
  messages: M,
  name: K,
  raw: unknown,
  type: string,
): z.output<M[K]['answer']> {
  const spec: M[K] = messages[name];
  const schema: M[K]['answer'] = spec.answer;
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw new InvalidAnswerError(type, z.prettifyError(parsed.error));
  return parsed.data;
}

/**
 * What a receiver does with each message of a channel, typed by the channel: a handler that takes
 * another request or gives another answer does not compile. `Context` is what the receiver knows
 * besides the message (its sender, its services).
 */
export type Handlers<C extends Channel, Context> = {
  [K in MessageName<C>]: (request: Request<C, K>, context: Context) => Answer<C, K> | Promise<Answer<C, K>>;
};

/** Which message of the channel a raw message claims to be, by its `type`; null when it is none of them. */
export function messageName<C extends Channel>(channel: C, raw: unknown): MessageName<C> | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || typeof raw.type !== 'string') return null;
  const prefix = channelPrefix(channel);
  if (!raw.type.startsWith(prefix)) return null;
  const name = raw.type.slice(prefix.length);
  return isMessageName(channel, name) ? name : null;
}

function isMessageName<C extends Channel>(channel: C, name: string): name is MessageName<C> {
  return Object.hasOwn(channel.messages, name);
}

/** A message of the channel, checked: the handler's answer; or why it was refused. */
export type Handled<C extends Channel> =
  { ok: true; name: MessageName<C>; answer: Promise<Answer<C, MessageName<C>>> } | { ok: false; name: MessageName<C> | null; error: string };

/**
 * Checks a raw message with its request schema where it arrives and hands it to its handler.
 * Refused (never handled) when its `type` is not one of the channel's or its fields do not fit.
 */
export function handleRequest<C extends Channel, Context>(channel: C, handlers: Handlers<C, Context>, raw: unknown, context: Context): Handled<C> {
  const name = messageName(channel, raw);
  if (name === null) return { ok: false, name: null, error: `not a ${channelPrefix(channel)}* message` };
  return handleNamed(channel, handlers, name, raw, context);
}

function handleNamed<C extends Channel, Context, K extends MessageName<C>>(
  channel: C,
  handlers: Handlers<C, Context>,
  name: K,
  raw: unknown,
  context: Context,
): Handled<C> {
  const parsed = parseRequest<C['messages'], K>(channel.messages, name, raw);
  if (!parsed.success) return { ok: false, name, error: z.prettifyError(parsed.error) };
  const handler: Handlers<C, Context>[K] = handlers[name];
  // A handler that throws answers with a rejection, as an async one would.
  return { ok: true, name, answer: new Promise((resolve) => resolve(handler(parsed.data, context))) };
}

function parseRequest<M extends Record<string, MessageSpec>, K extends keyof M & string>(messages: M, name: K, raw: unknown) {
  const spec: M[K] = messages[name];
  const schema: M[K]['request'] = spec.request;
  return z.safeParse(schema, raw);
}
