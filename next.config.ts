import type { NextConfig } from 'next';

// A fully static site: `next build` writes every page to out/, which any static host can serve.
const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Two root layouts (English and Spanish, each with its own <html lang>) need a global 404 page.
  experimental: { globalNotFound: true },
};

export default nextConfig;
