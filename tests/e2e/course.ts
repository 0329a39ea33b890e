/** What the course should contain, in the article's order: the end-to-end tests' expectations. */
export const lessonTitles = [
  'Why trust drives sales in Japan',
  'Why trust outweighs price',
  'The partnership mindset',
  'How buyers sense your true intention',
  'What turns trust into loyalty',
  'The five drivers of trust',
  'How leaders build loyalty into a sales team',
  'Becoming a trusted advisor',
] as const;

export const lessonPaths = [
  '/lessons/trust-drives-sales-in-japan/',
  '/lessons/trust-outweighs-price/',
  '/lessons/partnership-mindset/',
  '/lessons/true-intention/',
  '/lessons/loyalty-beyond-trust/',
  '/lessons/five-drivers-of-trust/',
  '/lessons/leaders-embed-loyalty/',
  '/lessons/becoming-a-trusted-advisor/',
] as const;

export const contentPages = [
  '/',
  '/lessons/',
  '/scenarios/',
  '/glossary/',
  '/search/',
  '/about/',
  ...lessonPaths,
] as const;
