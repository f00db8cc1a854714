import { Foundation1764400000000 } from './1764400000000-foundation';
import { StrategyStructure1764500000000 } from './1764500000000-strategy-structure';
import { LocalFit1764600000000 } from './1764600000000-local-fit';
import { Reporting1764700000000 } from './1764700000000-reporting';
import { BoardPack1764800000000 } from './1764800000000-board-pack';
import { IvpRegister1764920000000 } from './1764920000000-ivp-register';
import { OverlapSignalHandling1764930000000 } from './1764930000000-overlap-signal-handling';
import { PartnerParts1765200000000 } from './1765200000000-partner-parts';

/** Every migration in order; bundled, so no glob at run time. */
export const MIGRATIONS = [Foundation1764400000000, StrategyStructure1764500000000, LocalFit1764600000000, Reporting1764700000000, BoardPack1764800000000, IvpRegister1764920000000, OverlapSignalHandling1764930000000, PartnerParts1765200000000];
