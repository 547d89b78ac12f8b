import { getContent } from '@/lib/content';
import { toCatalog } from '@/lib/catalog';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(toCatalog(getContent().errors));
}
