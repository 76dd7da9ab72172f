// Counting failed attempts per client in a sliding window, in memory only: the
// questionnaire links are guessed at most `max` times per window from one address. Nothing
// of this is ever written to the database or a log (an address next to a link would undo
// the anonymity of the answers); a restart forgets it, which is acceptable for a brake on
// guessing 256-bit tokens.

export type LimiterOptions = {
  /// Failures allowed within the window; the next attempt is refused.
  max: number
  windowMs: number
  /// The most clients remembered; the oldest are forgotten first, so memory stays bounded.
  maxKeys?: number
}

export class AttemptLimiter {
  readonly #max: number
  readonly #windowMs: number
  readonly #maxKeys: number
  readonly #failures = new Map<string, number[]>()

  constructor({ max, windowMs, maxKeys = 10_000 }: LimiterOptions) {
    this.#max = max
    this.#windowMs = windowMs
    this.#maxKeys = maxKeys
  }

  // Returns the failures of `key` still inside the window (and forgets older ones).
  #recent(key: string, now: number) {
    const times = this.#failures.get(key)
    if (!times) return []
    const recent = times.filter((time) => now - time < this.#windowMs)
    if (recent.length === 0) this.#failures.delete(key)
    else if (recent.length !== times.length) this.#failures.set(key, recent)
    return recent
  }

  // Returns true when `key` has used up its failures in the window.
  isBlocked(key: string, now: number = Date.now()) {
    return this.#recent(key, now).length >= this.#max
  }

  // Records a failed attempt of `key`.
  recordFailure(key: string, now: number = Date.now()) {
    const recent = this.#recent(key, now)
    // Re-inserting moves the key to the end, so the map's first key is the least recent.
    this.#failures.delete(key)
    this.#failures.set(key, [...recent, now].slice(-this.#max))
    while (this.#failures.size > this.#maxKeys) {
      const oldest = this.#failures.keys().next().value
      if (oldest === undefined) break
      this.#failures.delete(oldest)
    }
  }

  // Forgets every client (for tests).
  clear() {
    this.#failures.clear()
  }
}
