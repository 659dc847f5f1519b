import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { ContactArgs, CustomerContactsArgs } from './dto/contacts.args.js';
import { ContactsService } from './contacts.service.js';
import { ContactRecord } from './models/contact-record.model.js';

/**
 * Contact drill-down. Customer identifiers are personal data: only the roles that follow up with
 * customers (ADMIN, MANAGER) see them or search by them; others get FORBIDDEN on that field.
 */
@Resolver(() => ContactRecord)
export class ContactsResolver {
  constructor(private readonly contacts: ContactsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => ContactRecord, { nullable: true, description: 'One contact by its id' })
  contact(@Args() args: ContactArgs): Promise<ContactRecord | null> {
    return this.contacts.contact(args.contactId);
  }

  @Roles('ADMIN', 'MANAGER')
  @Query(() => [ContactRecord], { description: "A customer's most recent contacts (ADMIN, MANAGER)" })
  customerContacts(@Args() args: CustomerContactsArgs): Promise<ContactRecord[]> {
    return this.contacts.ofCustomer(args.customerId, args.limit);
  }

  @Roles('ADMIN', 'MANAGER')
  @ResolveField(() => String, {
    nullable: true,
    description:
      'The customer id as stored ("p1:…" pseudonym when CUSTOMER_ID_KEY is set); ADMIN and MANAGER only',
  })
  customerId(@Parent() contact: ContactRecord): string | null {
    return contact.customerIdValue ?? null;
  }
}
