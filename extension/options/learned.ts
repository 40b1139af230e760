import { parseRulesFile, rulesFileText, type LearnedRule } from '../../src/index';
import type { Settings } from '../shared/settings';
import { saveFile } from '../shared/ui/file-actions';
import { withRule } from '../shared/learn';

/**
 * The options page's learned rules: each shown with its action, what it names and its site, with a
 * switch and a Delete button; all exported as one JSON file (src/rules/learned-file.ts), and a file
 * imported back. An import is checked whole first: a bad file changes nothing and says what is wrong.
 */
export interface LearnedSection {
  list: HTMLUListElement;
  empty: HTMLElement;
  error: HTMLElement;
  exportButton: HTMLButtonElement;
  importInput: HTMLInputElement;
  current(): Settings;
  update(patch: Partial<Settings>, message: string): Promise<void>;
}

const FILE_NAME = 'tidy-reader-rules.json';

/** What a rule names, in words: "section “about the author” in article". */
export function ruleWords(r: LearnedRule): string {
  const b = r.block;
  const where = b.anchor ? ` in ${b.anchor.tag}${b.anchor.attr ? `[${b.anchor.attr[0]}="${b.anchor.attr[1]}"]` : ''}` : '';
  const what = b.label ? ` “${b.label}”` : r.fingerprint.length ? ` “${r.fingerprint.slice(0, 6).join(' ')}…”` : '';
  return `${b.tag}${what}${where}`;
}

function item(doc: Document, s: LearnedSection, r: LearnedRule, i: number): HTMLLIElement {
  const li = doc.createElement('li');
  li.dataset.testid = 'learned-rule';
  li.dataset.action = r.action;
  const action = doc.createElement('span');
  action.className = 'tag';
  action.textContent = r.action === 'keep' ? 'always keep' : 'always remove';
  const value = doc.createElement('span');
  value.className = 'value';
  value.textContent = ruleWords(r);
  const site = doc.createElement('span');
  site.className = 'tag';
  site.textContent = `on ${r.site}`;
  const on = doc.createElement('input');
  on.type = 'checkbox';
  on.checked = r.enabled;
  on.dataset.testid = 'toggle-learned';
  on.setAttribute('aria-label', `Apply the rule ${r.action} ${value.textContent} on ${r.site}`);
  on.addEventListener('change', () => {
    const learned = s.current().learned.map((x, j) => (j === i ? { ...x, enabled: on.checked } : x));
    void s.update({ learned }, on.checked ? 'Rule switched on.' : 'Rule switched off.');
  });
  const del = doc.createElement('button');
  del.type = 'button';
  del.dataset.testid = 'delete-learned';
  del.textContent = 'Delete';
  del.setAttribute('aria-label', `Delete the rule ${r.action} ${value.textContent} on ${r.site}`);
  del.addEventListener('click', () => void s.update({ learned: s.current().learned.filter((_, j) => j !== i) }, 'Rule deleted.'));
  li.append(action, value, site, on, del);
  return li;
}

export function renderLearned(doc: Document, s: LearnedSection, rules: LearnedRule[]): void {
  s.empty.hidden = rules.length > 0;
  s.exportButton.disabled = rules.length === 0;
  s.list.replaceChildren(...rules.map((r, i) => item(doc, s, r, i)));
}

export function wireLearned(doc: Document, s: LearnedSection): void {
  s.exportButton.addEventListener('click', () => {
    saveFile(doc.body, { name: FILE_NAME, type: 'application/json', text: rulesFileText(s.current().learned) });
  });
  s.importInput.addEventListener('change', () => {
    const file = s.importInput.files?.[0];
    if (!file) return;
    void file.text().then(
      async (text) => {
        s.importInput.value = '';
        const parsed = parseRulesFile(text);
        if (!parsed.ok) {
          s.error.textContent = `${file.name}: ${parsed.message}`;
          return;
        }
        s.error.textContent = '';
        const learned = parsed.rules.reduce(withRule, s.current().learned);
        await s.update({ learned }, `Imported ${parsed.rules.length} rule${parsed.rules.length === 1 ? '' : 's'} from ${file.name}.`);
      },
      () => (s.error.textContent = `${file.name} could not be read.`),
    );
  });
}
