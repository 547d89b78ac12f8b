import Link from 'next/link';
import type { ComponentProps } from 'react';

/** Internal links go through next/link so they pick up the base path; external ones open as usual. */
export function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  const external = /^https?:/.test(href);
  return (
    <a href={href} {...(external ? { rel: 'noopener' } : {})} {...rest}>
      {children}
    </a>
  );
}
