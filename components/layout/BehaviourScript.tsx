import { behaviourSrc, type BehaviourName } from '@/lib/behaviours';

/**
 * Loads one browser behaviour (lib/behaviours.ts). React hoists async scripts into <head> and
 * renders each one once, however many components on the page ask for it.
 */
export function BehaviourScript({ name }: { name: BehaviourName }) {
  return <script type="module" src={behaviourSrc(name)} async />;
}
