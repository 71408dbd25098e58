import type { NextConfig } from 'next';

// A fully static site: `next build` writes every page to out/, which any static host can serve.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run build` exports into a staging folder (scripts/build.ts) and swaps it into out/ only
  // once every step has passed; a bare `next build` still writes out/.
  ...(process.env.SITE_STAGING_DIR ? { distDir: process.env.SITE_STAGING_DIR } : {}),
  // Two root layouts (English and Spanish, each with its own <html lang>) need a global 404 page.
  experimental: { globalNotFound: true },
  // A list page renders every entry (the timeline, the glossary): at the scale benchmark's 10×
  // content, /timeline/ alone takes minutes to prerender, past Next's default of 60 s.
  staticPageGenerationTimeout: 900,
};

export default nextConfig;
