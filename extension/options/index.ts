import { applyAppearance } from '../shared/appearance';
import { LIMITS, MAX_RULES, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/storage';
import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, type UserRule } from '../../src/index';
import { checkRule, sameRule } from './validate';
import { renderLearned, wireLearned, type LearnedSection } from './learned';

/**
 * The options page: reading defaults, export defaults, the user's own clutter rules and the rules
 * learned from the reader (learned.ts). Every
 * change is saved at once to `storage.local`; the content script reads the rules on each
 * extraction, so they apply from the next click on the toolbar button.
 */
function q<T extends HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`options.html has no [data-testid="${id}"]`);
  return el;
}

const theme = q<HTMLSelectElement>('theme');
const font = q<HTMLSelectElement>('font');
const fontSize = q<HTMLInputElement>('font-size');
const lineWidth = q<HTMLInputElement>('line-width');
const exportFormat = q<HTMLSelectElement>('export-format');
const includeMetadata = q<HTMLInputElement>('include-metadata');
const ruleForm = q<HTMLFormElement>('rule-form');
const ruleKind = q<HTMLSelectElement>('rule-kind');
const ruleValue = q<HTMLInputElement>('rule-value');
const ruleSite = q<HTMLInputElement>('rule-site');
const ruleError = q('rule-error');
const ruleList = q<HTMLUListElement>('rule-list');

let current: Settings;

const learned: LearnedSection = {
  list: q<HTMLUListElement>('learned-list'),
  empty: q('no-learned'),
  error: q('learned-error'),
  exportButton: q<HTMLButtonElement>('export-learned'),
  importInput: q<HTMLInputElement>('import-learned'),
  current: () => current,
  update: (patch, message) => update(patch, message),
};
let savedCount = 0;

function saved(message = 'Saved.'): void {
  savedCount++;
  const s = q('saved');
  s.textContent = message;
  s.dataset.count = String(savedCount); // lets tests wait for this save, not an earlier one
}

function show(s: Settings): void {
  current = s;
  theme.value = s.theme;
  font.value = s.font;
  fontSize.value = String(s.fontSize);
  lineWidth.value = String(s.lineWidth);
  q('font-size-value').textContent = `${s.fontSize} px`;
  q('line-width-value').textContent = `${s.lineWidth} characters`;
  exportFormat.value = s.exportFormat;
  includeMetadata.checked = s.includeMetadata;
  applyAppearance(document.documentElement, s, q('sample').textContent ?? '');
  renderRules(s.rules);
  renderLearned(document, learned, s.learned);
}

function renderRules(rules: UserRule[]): void {
  q('no-rules').hidden = rules.length > 0;
  ruleList.replaceChildren(
    ...rules.map((rule, i) => {
      const li = document.createElement('li');
      li.dataset.testid = 'rule';
      const kind = document.createElement('span');
      kind.className = 'tag';
      kind.textContent = rule.selector ? 'selector' : 'text pattern';
      const value = document.createElement('span');
      value.className = 'value';
      value.textContent = rule.selector ?? rule.pattern ?? '';
      const site = document.createElement('span');
      site.className = 'tag';
      site.textContent = rule.site ? `on ${rule.site}` : 'every site';
      const del = document.createElement('button');
      del.type = 'button';
      del.dataset.testid = 'delete-rule';
      del.textContent = 'Delete';
      del.setAttribute('aria-label', `Delete rule ${value.textContent}`);
      del.addEventListener('click', () => void update({ rules: current.rules.filter((_, j) => j !== i) }, 'Rule deleted.'));
      li.append(kind, value, site, del);
      return li;
    }),
  );
}

async function update(patch: Partial<Settings>, message?: string): Promise<void> {
  show(await saveSettings(patch));
  saved(message);
}

function setRuleError(field: 'value' | 'site' | null, message: string): void {
  ruleError.textContent = message;
  ruleValue.setAttribute('aria-invalid', String(field === 'value'));
  ruleSite.setAttribute('aria-invalid', String(field === 'site'));
}

function wire(): void {
  exportFormat.replaceChildren(
    ...EXPORT_FORMAT_IDS.map((id) => {
      const f = EXPORT_FORMATS[id];
      return new Option(`${f.name[0].toUpperCase()}${f.name.slice(1)} (.${f.extension})`, id);
    }),
  );
  fontSize.min = String(LIMITS.fontSize[0]);
  fontSize.max = String(LIMITS.fontSize[1]);
  lineWidth.min = String(LIMITS.lineWidth[0]);
  lineWidth.max = String(LIMITS.lineWidth[1]);
  theme.addEventListener('change', () => void update({ theme: theme.value as Settings['theme'] }));
  font.addEventListener('change', () => void update({ font: font.value as Settings['font'] }));
  fontSize.addEventListener('change', () => void update({ fontSize: Number(fontSize.value) }));
  lineWidth.addEventListener('change', () => void update({ lineWidth: Number(lineWidth.value) }));
  fontSize.addEventListener('input', () => (q('font-size-value').textContent = `${fontSize.value} px`));
  lineWidth.addEventListener('input', () => (q('line-width-value').textContent = `${lineWidth.value} characters`));
  exportFormat.addEventListener('change', () => void update({ exportFormat: exportFormat.value as Settings['exportFormat'] }));
  includeMetadata.addEventListener('change', () => void update({ includeMetadata: includeMetadata.checked }));

  // Errors show as the user types; a clean field clears them.
  const live = (): void => {
    if (!ruleValue.value.trim() && !ruleSite.value.trim()) return setRuleError(null, '');
    // With no rule typed yet, check the site alone ('x' is a valid selector and phrase).
    const check = checkRule(ruleKind.value as 'selector' | 'pattern', ruleValue.value.trim() ? ruleValue.value : 'x', ruleSite.value, document);
    setRuleError(check.ok ? null : check.field, check.ok ? '' : check.message);
  };
  ruleValue.addEventListener('input', live);
  ruleSite.addEventListener('input', live);
  ruleKind.addEventListener('change', live);

  ruleForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const check = checkRule(ruleKind.value as 'selector' | 'pattern', ruleValue.value, ruleSite.value, document);
    if (!check.ok) {
      setRuleError(check.field, check.message);
      (check.field === 'value' ? ruleValue : ruleSite).focus();
      return;
    }
    if (current.rules.some((r) => sameRule(r, check.rule))) return setRuleError('value', 'You already have that rule.');
    if (current.rules.length >= MAX_RULES) return setRuleError('value', `At most ${MAX_RULES} rules.`);
    setRuleError(null, '');
    ruleValue.value = '';
    void update({ rules: [...current.rules, check.rule] }, 'Rule added.');
  });
}

wire();
wireLearned(document, learned);
loadSettings().then(show, (e: unknown) => saved(`Could not read your settings: ${e instanceof Error ? e.message : e}`));
// Another tab (or the overlay's own controls) may change the settings: keep this page in step.
onSettingsChanged(show);
