import { Module } from '@nestjs/common';
import { DirectoryResolver } from './directory.resolver.js';
import { DirectoryService } from './directory.service.js';
import { DemoDirectoryService } from './demo-directory.service.js';

@Module({
  providers: [DirectoryService, DirectoryResolver, DemoDirectoryService],
  exports: [DirectoryService],
})
export class DirectoryModule {}
