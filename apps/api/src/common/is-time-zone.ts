import { registerDecorator, type ValidationOptions } from 'class-validator';

/** True when the runtime's ICU knows this IANA time zone name. */
export function isIanaTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    // Intl also accepts offsets like "+08:00"; a site needs a real zone with DST rules.
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

export function IsTimeZone(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: object.constructor,
      propertyName,
      options: { message: 'must be an IANA time zone such as Asia/Shanghai', ...options },
      validator: { validate: isIanaTimeZone },
    });
}
