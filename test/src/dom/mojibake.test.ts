import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/dom/mojibake';
import { cleanTitle } from '../../../src/metadata/clean';

describe('text decoded with the wrong charset', () => {
  it('repairs UTF-8 read as Windows-1252, and leaves real accents alone', () => {
    expect(repairMojibake('A DIY Investorâ€™s Guide')).toBe('A DIY Investor’s Guide');
    expect(repairMojibake('A DIY Investor\u00e2\u0080\u0099s Guide')).toBe('A DIY Investor’s Guide');
    expect(cleanTitle('JOHNSONâ€™SÂ® Guide', null)).toBe('JOHNSON’S® Guide');
    for (const s of ['Café crème', 'Ångström â la carte', 'naïve', 'Señor Ñandú']) expect(repairMojibake(s)).toBe(s);
  });
});
