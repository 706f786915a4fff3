import { defineRule } from '../define.js';
import type { Report } from '../define.js';
import type { Range } from '../../engine/types.js';
import type { DockerfileModel } from '../../targets/dockerfile/model.js';
import { DOCKER_HUB } from '../../targets/image-ref.js';
import type { ImageRef } from '../../targets/image-ref.js';
import { EOL_FAMILIES } from '../../knowledge/end-of-life.js';
import type { EolFamily } from '../../knowledge/end-of-life.js';
import { externalBase, imageArgRange } from '../../knowledge/stages.js';
import { runImage } from '../../knowledge/run-image.js';

interface Options {
  warnDays: number;
  /** The date to judge against, YYYY-MM-DD; null: the day of the run (the engine fills it in). */
  today: string | null;
}

interface EolHit {
  family: EolFamily;
  release: string;
  date: string;
}

/** Whether an image tag starts with `release` (`3.8` in `3.8.10-slim`, not `3.1` in `3.10`). */
function startsWithRelease(tag: string, release: string): boolean {
  if (!tag.startsWith(release)) return false;
  const next = tag[release.length];
  return next === undefined || !/[0-9]/.test(next) || !/[0-9]$/.test(release);
}

/** The end-of-life releases an image reference names: its own (`python:3.8`) and its OS (`-buster`). */
export function eolReleases(ref: Pick<ImageRef, 'registry' | 'name' | 'tag'>): EolHit[] {
  if (ref.registry !== DOCKER_HUB) return [];
  const name = ref.name.toLowerCase();
  const tag = (ref.tag ?? '').toLowerCase();
  const hits: EolHit[] = [];
  for (const family of EOL_FAMILIES) {
    if (family.images.includes(name)) {
      const own = tag === '' || tag === 'latest' ? '' : tag;
      let best: string | undefined;
      for (const release of Object.keys(family.versions)) {
        const hit = release === '' ? own === '' : own !== '' && startsWithRelease(own, release);
        if (hit && (best === undefined || release.length > best.length)) best = release;
      }
      if (best !== undefined) hits.push({ family, release: best, date: family.versions[best] });
      continue;
    }
    // The OS of another official image, from its tag: `3.12-slim-buster`, `20-alpine3.16`.
    if (!family.suffix || !tag.includes('-')) continue;
    for (const part of tag.split('-').slice(1)) {
      const release = part.slice(family.suffix.prefix.length);
      if (!part.startsWith(family.suffix.prefix) || !family.versions[release]) continue;
      // Debian and Ubuntu show up as codenames only (`-12` is no Debian release).
      if (family.suffix.prefix === '' && /^[0-9.]+$/.test(release)) continue;
      hits.push({ family, release, date: family.versions[release] });
    }
  }
  return hits;
}

const DAY = 24 * 60 * 60 * 1000;

function judge(
  ref: ImageRef,
  subject: string,
  range: Range,
  options: Options,
  report: Report,
  context?: { stage: string },
) {
  // The engine fills in the day of the run; a rule never reads the clock itself.
  if (!options.today) return;
  const today = Date.parse(options.today);
  const warnDays = typeof options.warnDays === 'number' && options.warnDays >= 0 ? options.warnDays : 0;
  for (const hit of eolReleases(ref)) {
    const what = `${hit.family.product}${hit.release ? ` ${hit.release}` : ''}`;
    const days = Math.round((Date.parse(hit.date) - today) / DAY);
    if (days <= 0) {
      report({
        range,
        message:
          `${subject} is end-of-life: ${what} has had no security fixes since ${hit.date} (${hit.family.source}). ` +
          `Move to a supported release.`,
        context,
      });
    } else if (days <= warnDays) {
      report({
        range,
        severity: 'info',
        message:
          `${subject} reaches end of life in ${days} day${days === 1 ? '' : 's'}: ${what} gets no security fixes after ` +
          `${hit.date} (${hit.family.source}). Plan the move to a supported release.`,
        context,
      });
    }
  }
}

export default defineRule({
  id: 'dockerfile/base-image-eol',
  aliases: [],
  severity: 'warning',
  summary: 'An image is an end-of-life release (Python 3.8, Node.js 16, Debian buster, Alpine 3.16…)',
  options: {
    warnDays: {
      type: 'integer',
      minimum: 0,
      description:
        'Also report (as info) a release that reaches end of life within this many days; 0: only past ones.',
      default: 90,
    },
    today: {
      type: ['string', 'null'],
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'The date to judge against (YYYY-MM-DD); null: the day of the run.',
      default: null,
    },
  },
  check(model: DockerfileModel, options: Options, report) {
    for (const stage of model.stages) {
      const base = externalBase(stage);
      if (!base) continue;
      judge(
        base,
        `FROM ${base.text}`,
        imageArgRange(stage),
        options,
        report,
        stage.name ? { stage: stage.name } : undefined,
      );
    }
  },
  checkRuntime(spec, options: Options, report) {
    const run = runImage(spec);
    if (run) judge(run.ref, `${run.subject}, which`, run.range, options, report);
  },
});
