import { describe, expect, it } from 'vitest';
import { DEFAULT_ROTATE_SECONDS, MIN_ROTATE_SECONDS, parseWallboardParams } from './wallboardParams.js';

const parse = (query: string) => parseWallboardParams(new URLSearchParams(query));

describe('parseWallboardParams', () => {
  it('shows every queue on one board with channel totals by default', () => {
    expect(parse('kiosk=sfk_x')).toEqual({
      filter: {},
      boards: 'all',
      rotateSeconds: DEFAULT_ROTATE_SECONDS,
      totals: true,
    });
  });

  it('reads the filter, the grouping, the rotation and the totals switch', () => {
    expect(parse('site=2&channel=hotline&queues=3,%204,3,x&boards=channel&every=30&totals=off')).toEqual({
      filter: { siteId: 2, channel: 'HOTLINE', queueIds: ['3', '4'] },
      boards: 'channel',
      rotateSeconds: 30,
      totals: false,
    });
  });

  it('ignores malformed values and keeps rotation readable', () => {
    expect(parse('site=-1&channel=FAX&boards=team&every=1')).toEqual({
      filter: {},
      boards: 'all',
      rotateSeconds: MIN_ROTATE_SECONDS,
      totals: true,
    });
  });
});
