/** Components lesson authors can use in MDX without importing them. Passed to <Content components={…} />. */
import Checklist from './Checklist.astro';
import Do from './Do.astro';
import DoDont from './DoDont.astro';
import Dont from './Dont.astro';
import DriversFigure from './DriversFigure.astro';
import DriverTag from './DriverTag.astro';
import Equation from './Equation.astro';
import Example from './Example.astro';
import Reflect from './Reflect.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';
import TrustScale from './TrustScale.astro';

export const lessonComponents = {
  Checklist,
  Do,
  DoDont,
  Dont,
  DriversFigure,
  DriverTag,
  Equation,
  Example,
  Reflect,
  Stat,
  Term,
  TrustScale,
};
