import type { SelectorRules, TextRules } from './types';

/** reCAPTCHA notices and badges that sites must show beside their forms. */
export const recaptcha: SelectorRules = {
  kind: 'recaptcha',
  label: 'reCAPTCHA notice',
  selectors: ['.grecaptcha-badge', '.g-recaptcha', '[class*="recaptcha"]', '[id*="recaptcha"]'],
};

/** Its text patterns: the article's steps only (rules/index.ts). */
export const recaptchaText: TextRules = {
  patterns: [
    /^this site is protected by recaptcha and the google privacy policy and terms of service apply\.?$/i,
    // Google requires the notice wherever the badge is hidden, in any wording or language, always
    // naming reCAPTCHA, Google, its privacy policy and its terms: "Diese Website ist durch reCAPTCHA
    // geschützt und es gelten die Datenschutzerklärung und Nutzungsbedingungen von Google." A sentence
    // about reCAPTCHA that names Google's privacy policy rarely names its terms as well.
    /^(?=.*\brecaptcha\b)(?=.*\bgoogle\b)(?=.*(privacy|datenschutz|confidentialit|privacidad|privacit))(?=.*(terms|bedingungen|conditions|t[ée]rminos|condiciones|termini)).{20,300}$/iu,
  ],
};
