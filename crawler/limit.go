package crawler

import (
	"sync"
	"time"
)

// limiter keeps the politeness of each host: at most parallelism requests
// in flight, and delay between the starts of two requests. One limiter per
// host, where colly's LimitRule would apply one rule to many hosts.
type limiter struct {
	mu    sync.Mutex
	hosts map[string]*hostLimit
}

type hostLimit struct {
	active, parallelism int
	delay               time.Duration
	next                time.Time // no request starts before
}

func newLimiter() *limiter { return &limiter{hosts: map[string]*hostLimit{}} }

func (l *limiter) host(h string, delay time.Duration, parallelism int) *hostLimit {
	hl := l.hosts[h]
	if hl == nil {
		hl = &hostLimit{parallelism: max(parallelism, 1)}
		l.hosts[h] = hl
	}
	hl.delay = max(hl.delay, delay)
	return hl
}

// acquire takes a slot of host h at now if its limits allow it.
func (l *limiter) acquire(h string, now time.Time, delay time.Duration, parallelism int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	hl := l.host(h, delay, parallelism)
	if hl.active >= hl.parallelism || now.Before(hl.next) {
		return false
	}
	hl.active++
	hl.next = now.Add(hl.delay)
	return true
}

// release gives back a slot of host h.
func (l *limiter) release(h string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if hl := l.hosts[h]; hl != nil && hl.active > 0 {
		hl.active--
	}
}

// slowDown raises the delay of host h (robots.txt Crawl-delay) and holds
// its next request until at least until (Retry-After).
func (l *limiter) slowDown(h string, delay time.Duration, until time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	hl := l.host(h, delay, 1)
	if until.After(hl.next) {
		hl.next = until
	}
}

// delays returns the delay of each host known.
func (l *limiter) delays() map[string]time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	m := make(map[string]time.Duration, len(l.hosts))
	for h, hl := range l.hosts {
		m[h] = hl.delay
	}
	return m
}

// busy returns the hosts that cannot take a request at now, and the
// earliest time one of them that is only waiting for its delay can.
func (l *limiter) busy(now time.Time) (hosts []string, wake time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for h, hl := range l.hosts {
		full := hl.active >= hl.parallelism
		if full || now.Before(hl.next) {
			hosts = append(hosts, h)
		}
		if !full && now.Before(hl.next) && (wake.IsZero() || hl.next.Before(wake)) {
			wake = hl.next
		}
	}
	return hosts, wake
}
