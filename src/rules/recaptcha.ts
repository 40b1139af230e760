import type { RuleGroup } from './types';

/** reCAPTCHA notices and badges that sites must show beside their forms. */
export const recaptcha: RuleGroup = {
  kind: 'recaptcha',
  label: 'reCAPTCHA notice',
  selectors: ['.grecaptcha-badge', '.g-recaptcha', '[class*="recaptcha"]', '[id*="recaptcha"]'],
  patterns: [/^this site is protected by recaptcha and the google privacy policy and terms of service apply\.?$/i],
};
