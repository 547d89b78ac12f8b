import { getContent } from '@/lib/content';
import { toSearchDocs } from '@/lib/search';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toSearchDocs(getContent().errors));
}
