/**
 * Reading DOM members past clobbering. A form's and a document's named properties shadow
 * built-ins (`<input name="firstChild">` makes `form.firstChild` that input), but only on the
 * instance: the prototype chain still holds the real accessor or method, so look it up there.
 */
function lookup(obj: object, key: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

export function realGet<T>(obj: object, key: string): T {
  const d = lookup(obj, key);
  return (d?.get ? d.get.call(obj) : d?.value) as T;
}

export function realCall<T>(obj: object, key: string, ...args: unknown[]): T {
  const d = lookup(obj, key);
  const fn = d?.value as ((...a: unknown[]) => T) | undefined;
  if (typeof fn !== 'function') throw new TypeError(`no method ${key}`);
  return fn.apply(obj, args);
}
