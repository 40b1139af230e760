/** How the popup words an article's facts. Pure, so the unit tests pin them. */
export function readingTime(minutes: number): string {
  return `${Math.max(1, Math.round(minutes))} min`;
}

export function wordCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** "9 Feb 2017" style in the user's locale; the raw value when it is not a date. */
export function publishedDate(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // A date without a time is a calendar day: show it as such, whatever the time zone.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(d);
}

/** "English (en-US)"; the tag alone when the browser cannot name it. */
export function languageName(tag: string, locale?: string): string {
  try {
    const name = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
