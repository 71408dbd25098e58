/**
 * The shape of content/anchor-aliases.yaml: renamed fragments and moved pages. Apart from the
 * registry so the site model can name the type without importing the registry that checks it.
 */
import { z } from 'zod';

const pathRef = z.string().regex(/^\/[a-z0-9/._-]*$/, { error: 'Write a site path like /ruling/' });
const fragmentRef = z.string().regex(/^\/[a-z0-9/._-]*#[A-Za-z0-9_-]+$/, {
  error: 'Write a path with a fragment like /ruling/#holding',
});

export const aliasesSchema = z.strictObject({
  /** Moved pages: old path → new path. Each old path gets a redirect page. */
  pages: z.record(pathRef, pathRef).default({}),
  /** Renamed or moved fragments: "/old/#old-id" → "/new/#new-id". */
  fragments: z.record(fragmentRef, fragmentRef).default({}),
});
export type AnchorAliases = z.infer<typeof aliasesSchema>;
