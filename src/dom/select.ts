/**
 * Fast matching of the simple selectors clutter rules are written in, during one walk of the tree.
 * Selector engines are slow in jsdom (each `querySelectorAll` walks and re-matches the whole
 * document), and the rules run over whole pages; a compound selector — a tag, classes, an id,
 * attribute tests — is matched here with plain string tests instead, with the same meaning as CSS.
 * Anything more complex (combinators, pseudo-classes) is left to `querySelectorAll`.
 */

interface AttrTest {
  name: string;
  op: '' | '=' | '~=' | '^=' | '$=' | '*=' | '|=';
  value: string;
  ci: boolean;
}

export interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
  attrs: AttrTest[];
}

const COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:\.[\w-]+|#[\w-]+|\[[^\]]+\])*)$/;
const PART = /\.([\w-]+)|#([\w-]+)|\[\s*([\w-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*([iIsS])?)?\s*\]/g;

/** A compound selector's parts, or null when it needs the real selector engine. */
export function compileCompound(selector: string): Compound | null {
  const s = selector.trim();
  const m = s.match(COMPOUND);
  if (!m || !s) return null;
  const c: Compound = { tag: m[1] && m[1] !== '*' ? m[1].toLowerCase() : null, classes: [], id: null, attrs: [] };
  let consumed = m[1]?.length ?? 0;
  PART.lastIndex = 0;
  for (let p = PART.exec(m[2]); p; p = PART.exec(m[2])) {
    consumed += p[0].length;
    if (p[1]) c.classes.push(p[1]);
    else if (p[2]) {
      if (c.id !== null && c.id !== p[2]) return null;
      c.id = p[2];
    } else {
      const op = (p[4] ?? '') as AttrTest['op'];
      c.attrs.push({ name: p[3].toLowerCase(), op, value: p[5] ?? p[6] ?? p[7] ?? '', ci: p[8] === 'i' || p[8] === 'I' });
    }
  }
  return consumed === s.length ? c : null;
}

function attrMatches(f: ElementFacts, t: AttrTest): boolean {
  let v = attrOf(f, t.name);
  if (v === null) return false;
  if (t.op === '') return true;
  let want = t.value;
  if (t.ci) {
    v = v.toLowerCase();
    want = want.toLowerCase();
  }
  switch (t.op) {
    case '=':
      return v === want;
    case '~=':
      return want !== '' && !/\s/.test(want) && v.split(/[ \t\n\f\r]+/).includes(want);
    case '^=':
      return want !== '' && v.startsWith(want);
    case '$=':
      return want !== '' && v.endsWith(want);
    case '*=':
      return want !== '' && v.includes(want);
    case '|=':
      return v === want || v.startsWith(want + '-');
  }
}

/** What a walk reads once per element, so every rule can test it cheaply. */
export interface ElementFacts {
  el: Element;
  tag: string;
  id: string;
  classes: string[];
  /** The raw `class` attribute: most attribute rules test it (`[class*="share"]`). */
  classAttr: string | null;
  /** Other attributes read so far (a DOM read each is what made matching slow: dozens of rules per element). */
  attrs: Map<string, string | null> | null;
}

export function factsOf(el: Element): ElementFacts {
  const cls = el.getAttribute('class');
  return {
    el,
    tag: el.localName,
    id: el.getAttribute('id') ?? '',
    classes: cls ? cls.split(/[ \t\n\f\r]+/).filter(Boolean) : [],
    classAttr: cls,
    attrs: null,
  };
}

function attrOf(f: ElementFacts, name: string): string | null {
  if (name === 'class') return f.classAttr;
  const cache = (f.attrs ??= new Map());
  let v = cache.get(name);
  if (v === undefined) {
    v = f.el.getAttribute(name);
    cache.set(name, v);
  }
  return v;
}

export function matchesCompound(f: ElementFacts, c: Compound): boolean {
  if (c.tag !== null && f.tag !== c.tag) return false;
  if (c.id !== null && f.id !== c.id) return false;
  for (const k of c.classes) if (!f.classes.includes(k)) return false;
  for (const a of c.attrs) if (!attrMatches(f, a)) return false;
  return true;
}

/** A selector list of compounds ("nav, [role=menu], ul[class*=menu i]"), or null if any part needs the engine. */
export function compileList(selectors: string): Compound[] | null {
  const out: Compound[] = [];
  for (const part of selectors.split(',')) {
    const c = compileCompound(part);
    if (!c) return null;
    out.push(c);
  }
  return out;
}

/**
 * `el.closest(list)` for a compiled list: in jsdom the selector engine parses and matches the
 * whole list at every call, and the metadata reader asks it for dozens of candidates per page.
 */
export function closestMatch(el: Element | null, list: Compound[]): Element | null {
  for (let e = el; e; e = e.parentElement) {
    const f = factsOf(e);
    if (list.some((c) => matchesCompound(f, c))) return e;
  }
  return null;
}
