package crawler

import (
	"strconv"
	"strings"
	"sync"

	"github.com/redis/go-redis/v9"

	"veille/archive"
)

// redisLib holds the Lua helpers every script starts with. ARGV[1] is the
// key prefix. Numbers go to Redis as integers ("%d"): Lua would write
// large ones in exponent notation.
const redisLib = `
local p = ARGV[1]
local function num(x) return string.format('%d', x) end
local function clock()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function split(qn)
  local i = string.find(qn, '\n', 1, true)
  return string.sub(qn, 1, i - 1), string.sub(qn, i + 1)
end
local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end
-- push queues u on its host's queue, due at at.
local function push(u, site, host, at)
  local qn = site .. '\n' .. host
  redis.call('ZADD', p .. 'q:' .. qn, num(at), u)
  redis.call('ZADD', p .. 'queues', 'LT', num(at), qn)
end
-- unqueue takes u off its host's queue, whose score stays its head's.
local function unqueue(u, site, host)
  local qn = site .. '\n' .. host
  local q = p .. 'q:' .. qn
  if redis.call('ZREM', q, u) == 0 then return end
  local head = redis.call('ZRANGE', q, 0, 0, 'WITHSCORES')
  if #head == 0 then
    redis.call('ZREM', p .. 'queues', qn)
  else
    redis.call('ZADD', p .. 'queues', head[2], qn)
  end
end
-- back returns a claimed u to its queue, due at at.
local function back(u, at)
  if redis.call('ZREM', p .. 'inflight', u) == 0 then return end
  local h = redis.call('HMGET', p .. 'u:' .. u, 'site', 'host')
  push(u, h[1], h[2], at)
end
`

// begin: a new run number when nothing is queued or claimed, else the
// current one.
const redisBegin = `
if redis.call('ZCARD', p .. 'queues') > 0 or redis.call('ZCARD', p .. 'inflight') > 0 then
  return tonumber(redis.call('GET', p .. 'gen') or '0')
end
return redis.call('INCR', p .. 'gen')
`

// enqueue: ARGV run, revisit (ms), items (JSON). The conditions are those
// of archive.Enqueue.
const redisEnqueue = `
local now, gen, revisit = clock(), tonumber(ARGV[2]), tonumber(ARGV[3])
local before = 0
if revisit > 0 then before = now - revisit end
local n = 0
for _, it in ipairs(cjson.decode(ARGV[4])) do
  local k = p .. 'u:' .. it.u
  local f = redis.call('HMGET', k, 'state', 'gen', 'kind', 'done', 'depth', 'site', 'host')
  if not f[1] then
    redis.call('HSET', k, 'host', it.h, 'site', it.s, 'kind', it.k, 'depth', num(it.d),
      'attempts', '0', 'state', '$PENDING', 'gen', num(gen), 'done', '0')
    push(it.u, it.s, it.h, now)
    n = n + 1
  else
    local st, g, done = tonumber(f[1]), tonumber(f[2]), tonumber(f[4])
    if st ~= $PENDING and g < gen and (
        (f[3] ~= '$ARTICLE' and (it.m == 0 or done < it.m))
        or st == $FAILED or st == $ROBOTS
        or (st == $DONE and (done < it.m or done < before))) then
      redis.call('HSET', k, 'state', '$PENDING', 'attempts', '0', 'gen', num(gen),
        'depth', num(math.min(tonumber(f[5]), it.d)))
      push(it.u, f[6], f[7], now)
      n = n + 1
    end
  end
end
return n
`

// claim: ARGV lease (ms), limit, parameters (JSON: sites, busy hosts,
// delays by site and host). At most one item per host, whose next-request
// time has come; that time moves on by the host's delay.
const redisClaim = `
local now = clock()
for _, u in ipairs(redis.call('ZRANGEBYSCORE', p .. 'inflight', '-inf', num(now), 'LIMIT', 0, 100)) do
  back(u, now)
end
local lease, limit = tonumber(ARGV[2]), tonumber(ARGV[3])
local o = cjson.decode(ARGV[4])
local sites, busy, all = set(o.sites), set(o.busy), #o.sites == 0
local out, n = {}, 0
for _, qn in ipairs(redis.call('ZRANGEBYSCORE', p .. 'queues', '-inf', num(now), 'LIMIT', 0, 1000)) do
  if n >= limit then break end
  local site, host = split(qn)
  local nk = p .. 'next:' .. host
  if (all or sites[site]) and not busy[host] and tonumber(redis.call('GET', nk) or '0') <= now then
    local u = redis.call('ZRANGE', p .. 'q:' .. qn, 0, 0)[1]
    unqueue(u, site, host)
    redis.call('ZADD', p .. 'inflight', num(now + lease), u)
    local d = math.max(o.site_delays[site] or 0, o.host_delays[host] or 0)
    if d > 0 then redis.call('SET', nk, num(now + d), 'PX', num(d)) end
    busy[host] = true
    local f = redis.call('HMGET', p .. 'u:' .. u, 'kind', 'depth', 'attempts')
    for _, v in ipairs({u, host, site, f[1], f[2], f[3]}) do table.insert(out, v) end
    n = n + 1
  end
end
return out
`

// release: ARGV URLs to queue again, due now.
const redisRelease = `
local now = clock()
for i = 2, #ARGV do back(ARGV[i], now) end
return 0
`

// retry: ARGV URL, wait (ms), whether to hold the host as long ("1").
const redisRetry = `
local k, wait = p .. 'u:' .. ARGV[2], tonumber(ARGV[3])
local at = clock() + wait
redis.call('HINCRBY', k, 'attempts', 1)
if ARGV[4] == '1' and wait > 0 then
  local nk = p .. 'next:' .. redis.call('HGET', k, 'host')
  if tonumber(redis.call('GET', nk) or '0') < at then redis.call('SET', nk, num(at), 'PX', num(wait)) end
end
back(ARGV[2], at)
return 0
`

// finish: ARGV run, URL, state. The URL may have been queued again after
// its lease expired: it leaves the queue too.
const redisFinish = `
local k = p .. 'u:' .. ARGV[3]
local h = redis.call('HMGET', k, 'site', 'host')
if not h[1] then return redis.error_reply('not in the frontier: ' .. ARGV[3]) end
redis.call('ZREM', p .. 'inflight', ARGV[3])
unqueue(ARGV[3], h[1], h[2])
redis.call('HSET', k, 'state', ARGV[4], 'gen', ARGV[2], 'done', num(clock()))
return 0
`

// waiting: ARGV sites (JSON), poll (ms). Returns the count of pending and
// claimed items, whether one is waiting, and in how many ms the earliest
// may be claimed: when due and its host free; a claimed one may bring
// links any moment, so look again after poll (or at its lease expiry).
const redisWaiting = `
local now = clock()
local want = cjson.decode(ARGV[2])
local sites, all = set(want), #want == 0
local n, ready = 0, nil
local qs = redis.call('ZRANGE', p .. 'queues', 0, -1, 'WITHSCORES')
for i = 1, #qs, 2 do
  local site, host = split(qs[i])
  if all or sites[site] then
    n = n + redis.call('ZCARD', p .. 'q:' .. qs[i])
    local r = math.max(tonumber(qs[i + 1]), tonumber(redis.call('GET', p .. 'next:' .. host) or '0'))
    if not ready or r < ready then ready = r end
  end
end
local fl = redis.call('ZRANGE', p .. 'inflight', 0, -1, 'WITHSCORES')
for i = 1, #fl, 2 do
  if all or sites[redis.call('HGET', p .. 'u:' .. fl[i], 'site')] then
    n = n + 1
    local r = math.min(tonumber(fl[i + 1]), now + tonumber(ARGV[3]))
    if not ready or r < ready then ready = r end
  end
end
if not ready then return {n, 0, 0} end
return {n, 1, ready - now}
`

// redisScriptSet are the frontier's scripts, built on first use.
type redisScriptSet struct {
	begin, enqueue, claim, release, retry, finish, waiting *redis.Script
}

var redisScripts = sync.OnceValue(func() *redisScriptSet {
	states := strings.NewReplacer(
		"$PENDING", strconv.Itoa(int(archive.Pending)),
		"$DONE", strconv.Itoa(int(archive.Done)),
		"$FAILED", strconv.Itoa(int(archive.Failed)),
		"$ROBOTS", strconv.Itoa(int(archive.Robots)),
		"$ARTICLE", string(archive.KindArticle),
	)
	s := func(body string) *redis.Script { return redis.NewScript(redisLib + states.Replace(body)) }
	return &redisScriptSet{
		begin: s(redisBegin), enqueue: s(redisEnqueue), claim: s(redisClaim), release: s(redisRelease),
		retry: s(redisRetry), finish: s(redisFinish), waiting: s(redisWaiting),
	}
})
