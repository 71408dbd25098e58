import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
const url = process.argv[2];
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'], logLevel: 'silent' });
const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
chrome.kill();
const trace = (r!.artifacts as any).Trace.traceEvents as any[];
fs.writeFileSync('/work/exp/last-trace.json', JSON.stringify(trace));
const m = r!.lhr.audits.metrics.details as any;
console.log('LCP', Math.round(r!.lhr.audits['largest-contentful-paint'].numericValue!), 'TBT', Math.round(r!.lhr.audits['total-blocking-time'].numericValue!), 'obsFCP', m.items[0].observedFirstContentfulPaint, 'obsLCP', m.items[0].observedLargestContentfulPaint);
// main-thread top-level tasks
const nav = trace.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)?.ts ?? trace.find((e)=>e.name==='navigationStart').ts;
const rendererPid = trace.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.[0]?.processId;
const mainTid = trace.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === rendererPid)?.tid;
const tasks = trace.filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X' && e.name === 'RunTask' && e.dur > 5000);
for (const t of tasks) {
  const kids = trace.filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur||0) <= t.ts + t.dur && e.name !== 'RunTask');
  const by: Record<string, number> = {};
  for (const k of kids) by[k.name] = (by[k.name] ?? 0) + k.dur / 1000;
  const top = Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n}:${d.toFixed(1)}`).join(' ');
  console.log(`${((t.ts - nav) / 1000).toFixed(0)}ms +${(t.dur / 1000).toFixed(1)}ms  ${top}`);
}
