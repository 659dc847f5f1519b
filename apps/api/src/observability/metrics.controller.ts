import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/roles.decorator.js';
import { PrometheusService } from './prometheus.service.js';

@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly prometheus: PrometheusService) {}

  /** Prometheus text exposition format. */
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.prometheus.registry.metrics();
  }
}
