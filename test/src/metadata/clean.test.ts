import { describe, expect, it } from 'vitest';
import { cleanByline, cleanTitle, decodeEntities, normalizeDate } from '../../../src/metadata/clean';

/** Heuristics added to reach the issue-2 metadata targets are among these; each with a case it must leave alone. */

describe('cleanTitle: the site suffix goes', () => {
  it.each([
    ['Bridge delayed again | Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Bridge delayed again - Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Bridge delayed again — The Riverside Post', 'Riverside Post', 'Bridge delayed again'],
    ['Riverside Post | Bridge delayed again', 'Riverside Post', 'Bridge delayed again'],
    ['Defections Challenge Hamas’ Cooperation With ISIS | Algemeiner.com', 'Algemeiner.com', 'Defections Challenge Hamas’ Cooperation With ISIS'],
  ])('%s', (title, site, want) => expect(cleanTitle(title, site)).toBe(want));
  it('keeps a dash that is part of the title', () => {
    expect(cleanTitle('Cross-Country Movers – 10 Tips for a Calm Move', 'Move.org')).toBe('Cross-Country Movers – 10 Tips for a Calm Move');
  });
  it('decodes character references CMSs leave in titles', () => {
    expect(cleanTitle('Movers &#038; Packers &#8211; Compared', null)).toBe('Movers & Packers – Compared');
    expect(decodeEntities('A &amp;amp; B &lt;i&gt; &#x2019; &bogus;')).toBe('A & B <i> ’ &bogus;');
  });
  it('no title stays null', () => expect(cleanTitle(null, 'X')).toBeNull());
});

describe('cleanTitle: short brands and section labels the site name missed', () => {
  it.each([
    ['How to Make a Good Game: 5 Mistakes and Tips to Avoid | GDevelop', 'How to Make a Good Game: 5 Mistakes and Tips to Avoid'],
    ['The Ultimate Car Maintenance Checklist | Bridgestone Tires', 'The Ultimate Car Maintenance Checklist'],
    ['GAME CHANGER | Newegg.com', 'GAME CHANGER'],
    ["How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital", 'How to help babies sleep through the night'],
    ['Blog: Best Social Media Advertising Agencies in 2025', 'Best Social Media Advertising Agencies in 2025'],
  ])('%s', (title, want) => expect(cleanTitle(title, null)).toBe(want));
  it.each([['Cats | Dogs'], ['Why we fight | and why we stop'], ['Blogging: a beginner’s guide']])(
    'keeps a pipe or colon that is part of the title: %s', (title) => expect(cleanTitle(title, null)).toBe(title));
});

describe('cleanByline: names only', () => {
  it.each([
    ['By Steven Emerson', 'Steven Emerson'],
    ['by Steven Emerson', 'Steven Emerson'],
    ['avatar by Steven Emerson', 'Steven Emerson'],
    ['Avatar Steven Emerson', 'Steven Emerson'],
    ['Written by Jane Roe | February 9, 2017', 'Jane Roe'],
    ['Posted by Jane Roe on February 9, 2017', 'Jane Roe'],
    ['Jane Roe, updated 3 hours ago', 'Jane Roe'],
    ['Maria &amp; Katerina', 'Maria & Katerina'],
  ])('%s', (raw, want) => expect(cleanByline(raw)).toBe(want));
  it('drops what is not a name', () => {
    expect(cleanByline('https://example.org/author/jane')).toBeNull();
    expect(cleanByline('   ')).toBeNull();
  });
});

describe('cleanByline: labels, glued dates and job titles go', () => {
  it.each([
    ['Author: Ashley Biancuzzo', 'Ashley Biancuzzo'],
    ['View all posts by Ray Ansari', 'Ray Ansari'],
    ['This post was written by Danielle Padula, Head of Marketing and Community Development', 'Danielle Padula'],
    ['Insights from Liza Burke Marketing Director May 14, 2025', 'Liza Burke'],
    ['Andrew Gerrand 4 August 2010', 'Andrew Gerrand'],
    ['Jason Bates June 3, 2021', 'Jason Bates'],
    ['Chris Carroll30 Sep 2022, 11:07am', 'Chris Carroll'],
    ['Yucy3/4/2025000000Sharesfacebook', 'Yucy'],
    ['Harry RabinowitzTech Reporter', 'Harry Rabinowitz'],
    ['Emily WalkerCasey McDevitt', 'Emily Walker'],
    ['Mateusz HabernyFounder at Oakywood', 'Mateusz Haberny'],
    ['Reyan PerumalPublished', 'Reyan Perumal'],
    ['Keith Barry Senior Autos Reporter', 'Keith Barry'],
    ['Zackery Cuevas Writer, Hardware', 'Zackery Cuevas'],
    ['ServiceTitanNovember 26th, 202410 Min Read', 'ServiceTitan'],
    ['EcoFlow- 2025/4/29', 'EcoFlow'],
  ])('%s', (raw, want) => expect(cleanByline(raw)).toBe(want));
  it.each([
    ['Craig Randall, Alli Miles, Eszter Horanyi'],
    ['Rachel MacDonald'],
    ['Theresa May'],
    ['Vanessa Mendez, MD'],
    ['Top Growth Marketing'],
    ['Team SimplyThrilled'],
    ['AAA Travel Editor, SMT'],
  ])('keeps a name that only looks like one of those: %s', (name) => expect(cleanByline(name)).toBe(name));
  it.each([['Updated March 13, 2024'], ['View more posts'], ['page.head.extra.author'], ['{{ author }}']])(
    'rejects what is not a name: %s', (raw) => expect(cleanByline(raw)).toBeNull());
});

describe('cleanByline: more of what follows or precedes the names', () => {
  it.each([
    ['Dec 17, 2025Julian K. Arni', 'Julian K. Arni'],
    ['Newsdesk news@businessweekly.co.uk', 'Newsdesk'],
    ['FlowGuard EMEA on 04-ago-2021 5:11:10', 'FlowGuard EMEA'],
    ['Craig McCarthy Last updated on 17 December 2025', 'Craig McCarthy'],
    ['Author Isaiah Shelton', 'Isaiah Shelton'],
    ['A. J. Neal View In Digital Edition', 'A. J. Neal'],
    ["Matias Heikkilä Let's talk", 'Matias Heikkilä'],
    ['Niko Matsakis on behalf of Vision Doc group', 'Niko Matsakis'],
    ['BeauHD on Friday December 19, 2025', 'BeauHD'],
    ['Recipe by PJ Hamel', 'PJ Hamel'],
    ['By Shelby Loos, DVM. Reviewed by Molly Price, DVM', 'Shelby Loos, DVM'],
    ['Rachel MacDonald Writer', 'Rachel MacDonald'],
    ['Jack Shepherd Hi! I’m Jack, Co-Founder', 'Jack Shepherd'],
    ['Mark SubbaRao and Jonas Jaegermeyer', 'Mark SubbaRao and Jonas Jaegermeyer'],
    ['Emily WalkerCasey McDevitt', 'Emily Walker'],
    ['& Zackery Cuevas Writer, Hardware', 'Zackery Cuevas'],
    ['Help Net Security Sponsored', 'Help Net Security'],
    ['Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators', 'Julie Weisenhorn and Natalie Hoidal'],
    ['Jane Roe, Acme Corp Director', 'Jane Roe'],
  ])('%s', (raw, want) => expect(cleanByline(raw)).toBe(want));
  it.each([['Sat'], ['Thursday'], ['CM'], ['The Author'], ['Jun 2 Written By'], ['August 28, 2025 • 5 min read'], ['12 min read']])('rejects a weekday or bare initials: %s', (raw) => expect(cleanByline(raw)).toBeNull());
  it.each([['Ben Onwuka'], ['Julian K. Arni'], ['Lastname Jones'], ['Authority Figure'], ['Viewpoint Staff'], ['Jane More'], ['Monica Sunday'], ['Tom'], ['Satish Kumar'], ['JWU'], ['June Carter'], ['Vanessa Mendez, MD'], ['Min-jun Kim'], ['Jane Hill'], ['Jane Roe, Riverside Post'], ['Sponsored Smith']])('leaves a plain name alone: %s', (name) => expect(cleanByline(name)).toBe(name));
});

describe('normalizeDate: ISO 8601, the page’s calendar day kept', () => {
  it.each([
    ['2017-02-09T08:35:00-05:00', '2017-02-09T08:35:00-05:00'],
    ['2017-02-09T23:30:00-0500', '2017-02-09T23:30:00-05:00'],
    ['2017-02-09 23:30', '2017-02-09T23:30:00'],
    ['2017-02-09', '2017-02-09'],
    ['20170209', '2017-02-09'],
    ['February 9, 2017', '2017-02-09'],
    ['Feb. 9th 2017 8:35 pm', '2017-02-09T20:35:00'],
    ['Thu, 9 February 2017', '2017-02-09'],
    ['9 Feb 2017', '2017-02-09'],
    ['2nd of March 2021', '2021-03-02'],
    ['25.Jun.2019', '2019-06-25'],
    ['3/4/2025', '2025-03-04'],
    ['25/12/2024', '2024-12-25'],
    ['25.06.2019', '2019-06-25'],
  ])('%s → %s', (raw, want) => expect(normalizeDate(raw)).toBe(want));
  it('a late-evening time with an offset stays on its day (no shift to UTC)', () => {
    expect(normalizeDate('2017-02-09T23:59:00-08:00')!.slice(0, 10)).toBe('2017-02-09');
  });
  it('what is not a date is null', () => {
    for (const s of ['yesterday', '2017-13-01', 'Dec 23', '']) expect(normalizeDate(s)).toBeNull();
  });
});

describe('normalizeDate: more of the formats pages use', () => {
  it.each([
    ['Thu, 09/25/2025 - 11:38', '2025-09-25'],
    ['Saturday, 17.05.2021', '2021-05-17'],
    ['02-12-2025', '2025-12-02'],
    ['12-25-2025', '2025-12-25'],
    ['2023 Jan 7', '2023-01-07'],
    ['2019/1/22', '2019-01-22'],
  ])('%s → %s', (raw, want) => expect(normalizeDate(raw)?.slice(0, 10)).toBe(want));
  it.each([['2023 Foo 7'], ['Thursday'], ['13-13-2025']])('not a date: %s', (raw) => expect(normalizeDate(raw)).toBeNull());
});
