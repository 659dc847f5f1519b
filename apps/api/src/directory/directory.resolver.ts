import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIntPipe } from '@nestjs/common';
import { Kiosk, Roles, STAFF_ROLES } from '../auth/roles.decorator.js';
import { DirectoryService } from './directory.service.js';
import { toAgent, toQueue } from './directory.mappers.js';
import { Agent, Queue, Site, Team, User } from './models/directory.models.js';
import {
  CreateAgentInput,
  CreateQueueInput,
  CreateSiteInput,
  CreateTeamInput,
  CreateUserInput,
  UpdateAgentInput,
  UpdateQueueInput,
  UpdateSiteInput,
  UpdateTeamInput,
  UpdateUserInput,
} from './dto/directory.inputs.js';

@Resolver()
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  // Wallboard TVs (kiosk tokens) name their sites and tell the time in the site's zone.
  @Roles(...STAFF_ROLES)
  @Kiosk()
  @Query(() => [Site])
  sites() {
    return this.directory.sites();
  }

  @Roles(...STAFF_ROLES)
  @Kiosk()
  @Query(() => [Queue], { description: 'Every queue with its channel and metric definitions' })
  async queues() {
    return (await this.directory.queues()).map(toQueue);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [Team])
  teams() {
    return this.directory.teams();
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [Agent])
  async agents() {
    return (await this.directory.agents()).map(toAgent);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [User])
  users() {
    return this.directory.users();
  }

  @Roles('ADMIN')
  @Mutation(() => Site)
  createSite(@Args('input') input: CreateSiteInput) {
    return this.directory.createSite(input);
  }

  @Roles('ADMIN')
  @Mutation(() => Site)
  updateSite(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateSiteInput,
  ) {
    return this.directory.updateSite(id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => Queue)
  async createQueue(@Args('input') input: CreateQueueInput) {
    return toQueue(await this.directory.createQueue(input));
  }

  @Roles('ADMIN')
  @Mutation(() => Queue)
  async updateQueue(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateQueueInput,
  ) {
    return toQueue(await this.directory.updateQueue(id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => Team)
  createTeam(@Args('input') input: CreateTeamInput) {
    return this.directory.createTeam(input);
  }

  @Roles('ADMIN')
  @Mutation(() => Team)
  updateTeam(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateTeamInput,
  ) {
    return this.directory.updateTeam(id, input);
  }

  @Roles('ADMIN')
  @Mutation(() => Agent)
  async createAgent(@Args('input') input: CreateAgentInput) {
    return toAgent(await this.directory.createAgent(input));
  }

  @Roles('ADMIN')
  @Mutation(() => Agent)
  async updateAgent(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateAgentInput,
  ) {
    return toAgent(await this.directory.updateAgent(id, input));
  }

  @Roles('ADMIN')
  @Mutation(() => User)
  createUser(@Args('input') input: CreateUserInput) {
    return this.directory.createUser(input);
  }

  @Roles('ADMIN')
  @Mutation(() => User)
  updateUser(
    @Args('id', { type: () => ID }, ParseIntPipe) id: number,
    @Args('input') input: UpdateUserInput,
  ) {
    return this.directory.updateUser(id, input);
  }
}
