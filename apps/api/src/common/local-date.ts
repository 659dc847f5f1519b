import { Matches } from 'class-validator';

/** A site-local calendar date as the API takes it: YYYY-MM-DD. */
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** class-validator: the field is a YYYY-MM-DD date (the reason the API answers otherwise). */
export const IsLocalDate = () => Matches(LOCAL_DATE, { message: 'must be YYYY-MM-DD' });
