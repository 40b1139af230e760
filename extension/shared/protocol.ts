import type { DraftResult, ExtractResult, LearnedRule } from '../../src/index';
import type { SenderInfo, SenderKind } from './senders';

/**
 * The one message protocol of the extension. `Messages` gives each message's request and reply
 * types; `PROTOCOL` gives, for the same names, who receives it, who may send it, a check for every
 * field and (where the reply comes from a page) a check of the reply. The table is typed by
 * `Messages`, so a field without a check, or a check for a field the type does not have, does not
 * compile. The background and the content script accept a message only through `parseMessage`
 * (exactly the fields of its type, nothing inherited) and only from the senders the table names;
 * the background checks what a content script answers with the row's `reply`.
 *
 * Adding a popup button that needs the page: its two messages here (popup → background and
 * background → content script), one line in the background's handlers (`fromTab(() => askTab(…))`),
 * a handler in the content script's map, and the button (popup.html, popup/index.ts).
 */

export type ReaderAction = 'open' | 'close' | 'toggle';

/** The reader's lazily injected parts, by name (files in INJECTED below). */
export type LazyModuleName = 'contents' | 'speech' | 'picker';
export const READER_ACTIONS: readonly ReaderAction[] = ['open', 'close', 'toggle'];

/**
 * What the content script answers to an extraction: the article as a draft, unsanitized (no
 * DOMPurify in the content script), which the popup or the reader finishes (shared/finish.ts)
 * before showing it.
 */
export interface ExtractReply {
  result: DraftResult;
  url: string;
  /** Milliseconds spent in the pipeline in the page. */
  ms: number;
}

/** An extraction finished where it is shown: the article, sanitized. */
export interface ArticleReply {
  result: ExtractResult;
  url: string;
  /** Milliseconds spent in the pipeline, in the page and finishing. */
  ms: number;
}

/** How the background says a tab could not be asked (a forbidden page, a page that did not answer). */
export interface Refusal {
  error: string;
}

/**
 * How the popup hands the page, as the user left it, to the reader it opens: whether "Try anyway"
 * was used, and the ids of the removals the user put back.
 */
export interface ReaderView {
  force?: boolean;
  restored?: number[];
}

/**
 * A block as the reader shows it (sanitized: its tag, heading and first words), for the page to
 * find and describe as a learned rule (shared/learn.ts).
 */
export interface BlockProbe {
  tag: string;
  label: string;
  fingerprint: string[];
}

/** The rule the page made for a probe's block (null: it has no such block), checked in full by the background. */
export interface DescribeReply {
  rule: LearnedRule | null;
}

export interface Messages {
  /** popup → background: inject the content script into the tab and extract. */
  extract: { to: 'background'; req: { tabId: number; force: boolean }; res: ExtractReply | Refusal };
  /** popup → background: open, close or toggle the reader in the tab. */
  reader: { to: 'background'; req: { tabId: number; action: ReaderAction } & ReaderView; res: { open: boolean } | Refusal };
  /** reader overlay (content script) → background: content scripts cannot open the options page. */
  'options:open': { to: 'background'; req: Record<never, never>; res: { ok: true } };
  /** reader overlay → background: inject a part of the reader that loads only when used (content/lazy.ts). */
  'reader:module': { to: 'background'; req: { name: LazyModuleName }; res: { ok: true } | Refusal };
  /** popup → background: "Always keep this on <site>": describe a removed block as the page has it. */
  'rules:describe': { to: 'background'; req: { tabId: number; probe: BlockProbe }; res: DescribeReply | Refusal };
  'content:extract': { to: 'content'; req: { force: boolean }; res: ExtractReply };
  'content:reader': { to: 'content'; req: { action: ReaderAction } & ReaderView; res: { open: boolean } };
  /** Is the content script already in the tab? (So a second click does not inject a second copy.) */
  'content:ping': { to: 'content'; req: Record<never, never>; res: { ready: true } };
}

export type MessageType = keyof Messages;
export type Receiver = Messages[MessageType]['to'];
export type TypesTo<R extends Receiver> = { [K in MessageType]: Messages[K]['to'] extends R ? K : never }[MessageType];
export type Request<K extends MessageType> = { type: K } & Messages[K]['req'];
export type Reply<K extends MessageType> = Messages[K]['res'];
export type RequestTo<R extends Receiver> = { [K in TypesTo<R>]: Request<K> }[TypesTo<R>];

/**
 * One handler per message type a context receives; the dispatcher checked shape and sender first,
 * and passes the sender on (a content script's requests concern its own tab).
 */
export type Handlers<R extends Receiver> = { [K in TypesTo<R>]: (req: Request<K>, sender?: SenderInfo) => Promise<Reply<K>> };

type Check<T> = (v: unknown) => v is T;

interface Rule<K extends MessageType> {
  to: Messages[K]['to'];
  from: readonly SenderKind[];
  fields: { [F in keyof Messages[K]['req']]-?: Check<Messages[K]['req'][F]> };
  /** Checked by the receiver of the reply when the reply comes from a page's content script. */
  reply?: Check<Reply<K>>;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
/** Tab ids and removal ids: safe non-negative integers. */
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isAction = (v: unknown): v is ReaderAction => READER_ACTIONS.includes(v as ReaderAction);
const isLazy = (v: unknown): v is LazyModuleName => v === 'contents' || v === 'speech' || v === 'picker';
/** More restores than any page has removals is not a view, it is noise. */
const MAX_RESTORED = 10_000;
const isIds = (v: unknown): v is number[] => Array.isArray(v) && v.length <= MAX_RESTORED && v.every(isId);
const optional = <T>(check: Check<T>): Check<T | undefined> => (v: unknown): v is T | undefined => v === undefined || check(v);

/** The content script's extraction reply, checked before the background hands it to the popup. */
const isExtractReply = (v: unknown): v is ExtractReply => {
  if (!isObject(v) || !isObject(v.result) || typeof v.url !== 'string' || typeof v.ms !== 'number') return false;
  const r = v.result;
  return r.ok === true ? isObject(r.draft) : r.ok === false && isObject(r.error);
};

/** A probe's shape (content.js carries this check: kept short; the rule made from it is checked in full by the background). */
const isProbe = (v: unknown): v is BlockProbe => isObject(v) && typeof v.tag === 'string' && typeof v.label === 'string' && Array.isArray(v.fingerprint) && v.fingerprint.every((w) => typeof w === 'string');

const maybeBool = optional(isBool);
const maybeIds = optional(isIds);
const PAGES: readonly SenderKind[] = ['extension-page'];
const CONTENT_SCRIPTS: readonly SenderKind[] = ['content-script'];

export const PROTOCOL: { [K in MessageType]: Rule<K> } = {
  extract: { to: 'background', from: PAGES, fields: { tabId: isId, force: isBool } },
  reader: { to: 'background', from: PAGES, fields: { tabId: isId, action: isAction, force: maybeBool, restored: maybeIds } },
  'options:open': { to: 'background', from: CONTENT_SCRIPTS, fields: {} },
  'reader:module': { to: 'background', from: CONTENT_SCRIPTS, fields: { name: isLazy } },
  'rules:describe': { to: 'background', from: PAGES, fields: { tabId: isId, probe: isProbe } },
  'content:extract': { to: 'content', from: PAGES, fields: { force: isBool }, reply: isExtractReply },
  'content:reader': {
    to: 'content',
    from: PAGES,
    fields: { action: isAction, force: maybeBool, restored: maybeIds },
    reply: (v): v is { open: boolean } => isObject(v) && isBool(v.open),
  },
  'content:ping': { to: 'content', from: PAGES, fields: {}, reply: (v): v is { ready: true } => isObject(v) && v.ready === true },
};

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * `msg` as a request for `to`, or null: an object whose own `type` names a message for this
 * receiver, with no field the type lacks and every own field passing its check.
 */
export function parseMessage(msg: unknown, to: 'background'): RequestTo<'background'> | null;
export function parseMessage(msg: unknown, to: 'content'): RequestTo<'content'> | null;
export function parseMessage(msg: unknown, to: Receiver): Request<MessageType> | null {
  if (!isObject(msg) || Array.isArray(msg) || !own(msg, 'type') || typeof msg.type !== 'string' || !own(PROTOCOL, msg.type)) return null;
  const rule = PROTOCOL[msg.type as MessageType];
  if (rule.to !== to) return null;
  const fields = rule.fields as Record<string, (v: unknown) => boolean>;
  for (const k of Object.keys(msg)) if (k !== 'type' && !own(fields, k)) return null;
  // A fresh object of the own fields only: nothing inherited reaches a handler.
  const req: Record<string, unknown> = { type: msg.type };
  for (const k of Object.keys(fields)) {
    const v = own(msg, k) ? msg[k] : undefined;
    if (!fields[k](v)) return null;
    if (v !== undefined) req[k] = v;
  }
  return req as Request<MessageType>;
}

/** Whether the table lets this kind of sender send this message. */
export function mayRequest(type: MessageType, kind: SenderKind): boolean {
  return PROTOCOL[type].from.includes(kind);
}

/** A reply from a content script, checked against the table (null when it does not fit). */
export function checkReply<K extends MessageType>(type: K, v: unknown): Reply<K> | null {
  const check = PROTOCOL[type].reply as ((v: unknown) => boolean) | undefined;
  return !check || check(v) ? (v as Reply<K>) : null;
}

/** `ask(request)` typed by the table: the reply type follows from the request's type. */
export type Ask = <K extends TypesTo<'background'>>(req: Request<K>) => Promise<Reply<K>>;

/** An `ask` over a context's own sendMessage (the popup's: the polyfill's, with a time-out). */
export function askThrough(send: (msg: unknown) => Promise<unknown>): Ask {
  return <K extends TypesTo<'background'>>(req: Request<K>) => send(req) as Promise<Reply<K>>;
}

/** The files the background injects: the content script, and the reader module when the reader opens. */
export const INJECTED = { content: 'content.js', reader: 'content-exports.js', contents: 'content-toc.js', speech: 'content-speech.js', picker: 'content-picker.js' } as const;
