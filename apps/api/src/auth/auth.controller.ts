import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { NoAudit } from '../audit/no-audit.decorator.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';
import { Public } from './roles.decorator.js';
import { Sessions, type IssuedTokens } from './sessions.service.js';

/** The refresh-token cookie: HttpOnly (no script reads it), sent only to /api/auth, same site only. */
export const REFRESH_COOKIE = 'sf_refresh';

const loginBody = z.strictObject({
  username: z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  password: z
    .string()
    .min(1, 'must not be empty')
    .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});
const refreshBody = z.strictObject({ refreshToken: z.string().max(200).optional() });

/**
 * Sign-in over HTTP (README "Login, refresh, logout"):
 * - POST /api/auth/login {username, password} → 200 tokens (+ refresh cookie) | 401 | 429
 * - POST /api/auth/refresh {refreshToken?} (or the cookie) → 200 new tokens | 401
 * - POST /api/auth/logout {refreshToken?} (or the cookie) → 204, the session ended
 */
@Public()
@NoAudit()
@Controller('api/auth')
export class AuthController {
  constructor(private readonly sessions: Sessions) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  async login(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const input = parse(loginBody, body, res);
    if (!input) return;
    const tokens = await this.sessions.login(input.username, input.password);
    if (!tokens) {
      res.status(401).json({ statusCode: 401, message: 'Invalid username or password' });
      return;
    }
    this.send(tokens, req, res);
  }

  @Post('refresh')
  @HttpCode(200)
  async refresh(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const input = parse(refreshBody, body ?? {}, res);
    if (!input) return;
    const token = input.refreshToken ?? cookie(req, REFRESH_COOKIE);
    const tokens = token ? await this.sessions.refresh(token) : null;
    if (!tokens) {
      clearCookie(res);
      res.status(401).json({
        statusCode: 401,
        message: 'The refresh token is invalid, expired or revoked: sign in again',
      });
      return;
    }
    this.send(tokens, req, res);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const input = parse(refreshBody, body ?? {}, res);
    if (!input) return;
    const token = input.refreshToken ?? cookie(req, REFRESH_COOKIE);
    if (token) await this.sessions.logout(token);
    clearCookie(res);
    res.status(204).end();
  }

  private send(tokens: IssuedTokens, req: Request, res: Response): void {
    res.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/api/auth',
      expires: new Date(tokens.refreshExpiresAt),
    });
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).json(tokens);
  }
}

/** The validated body, or null after answering 400 with each field and reason. */
function parse<T>(schema: z.ZodType<T>, body: unknown, res: Response): T | null {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', reason: i.message }));
  res.status(400).json({
    statusCode: 400,
    message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.reason}`).join('; ')}`,
    fields,
  });
  return null;
}

function cookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function clearCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { path: '/api/auth', httpOnly: true, sameSite: 'strict' });
}
