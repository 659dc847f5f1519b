import { Module } from '@nestjs/common';
import { ContactsResolver } from './contacts.resolver.js';
import { ContactsService } from './contacts.service.js';

/** Contact drill-down, with customer ids only for the roles that need them. */
@Module({ providers: [ContactsService, ContactsResolver] })
export class ContactsModule {}
