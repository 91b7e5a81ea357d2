import { z } from 'zod';
import { Id, IsoDate, LocalizedText } from '../values.js';

/**
 * A document the facts come from: a news article, with its publisher where the text names it,
 * its publication date (stated in the text, or inferred from it: `publishedBasis` says which) and
 * the path of the full text kept in the repository so every quote can be verified. A legal
 * document or a web page may be kept without text (`kind` `legal-document` or `web-page`, a `url`,
 * no `textFile` and no `sha256`): rows citing it give a locator, never a quote.
 *
 * @example
 * ```ts
 * Source.parse({
 *   id: 'tbtco-2025-11-24-quang-ninh-xuc-tien-dau-tu', kind: 'news-article', language: 'vi',
 *   title: { vi: 'Quảng Ninh tổ chức Hội nghị Xúc tiến đầu tư…', en: 'Quang Ninh holds…' },
 *   publisher: 'Thời báo Tài chính Việt Nam (TBTCO)', published: '2025-11-24', publishedBasis: 'stated',
 *   textFile: 'text/tbtco-2025-11-24-quang-ninh-xuc-tien-dau-tu.txt', sha256: 'ab…',
 * });
 * ```
 */
export const Source = z
  .strictObject({
    id: Id,
    kind: z
      .enum(['news-article', 'official-document', 'report', 'dataset', 'legal-document', 'web-page'])
      .describe('What the document is.'),
    title: LocalizedText.describe('Headline (or the first line, where the text has no headline).'),
    publisher: z.string().min(1).optional().describe('Publisher as the text names it, e.g. "TPO".'),
    url: z.url().optional().describe('Where the document was published, when known.'),
    published: IsoDate.describe('Publication date.'),
    publishedBasis: z
      .enum(['stated', 'inferred'])
      .describe('stated: the text gives the date; inferred: deduced from the text (see publishedNote).'),
    publishedNote: z.string().optional().describe('How an inferred date was deduced.'),
    language: z.enum(['vi', 'en']).describe('Language of the text (BCP 47).'),
    textFile: z
      .string()
      .regex(/^text\/[a-z0-9-]+\.txt$/, { error: 'expected text/<id>.txt' })
      .optional()
      .describe('Path of the document text inside the sources dataset folder (absent: cited by locator).'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, { error: 'expected a lowercase hex SHA-256 of the text file' })
      .optional()
      .describe('SHA-256 of the text file, so a silent edit is caught.'),
  })
  .refine((s) => (s.textFile === undefined) === (s.sha256 === undefined), {
    error: 'expected textFile and sha256 together (both for a stored text, neither for a source cited by URL)',
    path: ['sha256'],
  })
  .refine((s) => s.textFile !== undefined || s.url !== undefined, {
    error: 'expected a url for a source kept without text',
    path: ['url'],
  })
  .meta({ id: 'Source', description: 'A cited document (news article, legal document, page) and its text, if kept.' });
/** A cited document. */
export type Source = z.infer<typeof Source>;
