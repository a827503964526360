import { serveDetectionRequests } from '@/lib/background/serve-detection';

serveDetectionRequests();
