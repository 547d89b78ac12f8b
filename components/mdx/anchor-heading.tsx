import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';
import { CopyLinkButton } from '../copy-link-button';

/** A heading with a stable id and a visible "#" link so any section can be linked. */
export function AnchorHeading({
  as: Tag,
  id,
  className,
  copyTitle,
  children,
}: {
  as: 'h2' | 'h3' | 'h4';
  id?: string;
  className?: string;
  /** When set, a "Copy link" button follows the heading (causes and fixes, which admins share). */
  copyTitle?: string;
  children: ReactNode;
}) {
  if (!id) return <Tag className={className}>{children}</Tag>;
  return (
    <Tag id={id} className={cn('anchor-heading group relative', className)}>
      {children}
      <a
        href={`#${id}`}
        className="anchor-link ml-2 font-normal text-slate-500 no-underline hover:text-brand-700 dark:text-slate-400"
        aria-label="Link to this section"
      >
        #
      </a>
      {copyTitle && <CopyLinkButton id={id} title={copyTitle} />}
    </Tag>
  );
}
