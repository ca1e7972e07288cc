//! 16-bit floating point (`half`, `bfloat`): conversions to and from
//! `f64`, with round-to-nearest-even directly from `f64` (so no double
//! rounding). Arithmetic happens in `f32`, whose 24-bit significand makes
//! rounding the `f32` result to half equal to rounding the exact result,
//! as native code computes it.

/// (exponent bits, significand bits) of the two formats.
const HALF: (u32, u32) = (5, 10);
const BFLOAT: (u32, u32) = (8, 7);

fn format(bfloat: bool) -> (u32, u32) {
    if bfloat {
        BFLOAT
    } else {
        HALF
    }
}

/// The value of 16-bit float `bits`.
pub fn to_f64(bits: u16, bfloat: bool) -> f64 {
    if bfloat {
        return f32::from_bits((bits as u32) << 16) as f64;
    }
    let (e_bits, m_bits) = HALF;
    let sign = if bits >> 15 != 0 { -1.0 } else { 1.0 };
    let exp = ((bits >> m_bits) & ((1 << e_bits) - 1)) as i32;
    let man = (bits & ((1 << m_bits) - 1)) as f64;
    let bias = (1 << (e_bits - 1)) - 1;
    match exp {
        0 => sign * man * 2f64.powi(1 - bias - m_bits as i32),
        31 if man == 0.0 => sign * f64::INFINITY,
        31 => {
            // Keep the payload: quiet NaN with the same top bits.
            let payload = (bits as u64 & 0x3ff) << (52 - 10);
            f64::from_bits(((bits as u64 >> 15) << 63) | (0x7ff << 52) | payload | (1 << 51))
        }
        e => sign * (1.0 + man / (1u32 << m_bits) as f64) * 2f64.powi(e - bias),
    }
}

/// `x` rounded to the nearest 16-bit float (ties to even).
pub fn from_f64(x: f64, bfloat: bool) -> u16 {
    let (e_bits, m_bits) = format(bfloat);
    let bits = x.to_bits();
    let sign = ((bits >> 63) as u16) << 15;
    let exp_max = (1u32 << e_bits) - 1;
    if x.is_nan() {
        // Quiet NaN keeping the top of the payload.
        let payload = ((bits >> (52 - m_bits)) as u16) & ((1 << m_bits) - 1);
        return sign | ((exp_max as u16) << m_bits) | payload | (1 << (m_bits - 1));
    }
    let a = x.abs();
    if a == 0.0 {
        return sign;
    }
    let bias = (1i32 << (e_bits - 1)) - 1;
    let e = ((bits >> 52) & 0x7ff) as i32 - 1023; // unbiased (normal f64)
    let min_exp = 1 - bias;
    // Significand as an integer with enough guard bits: value = m * 2^q.
    let (mut m, q) = {
        let frac = bits & ((1 << 52) - 1);
        if (bits >> 52) & 0x7ff == 0 {
            (frac, -1074)
        } else {
            (frac | (1 << 52), e - 52)
        }
    };
    // The target exponent of the result's last significand bit.
    let target_e = e.max(min_exp) - m_bits as i32;
    let shift = target_e - q;
    if shift > 0 {
        let shift = shift as u32;
        if shift >= 64 {
            m = 0;
        } else {
            let rest = m & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            m >>= shift;
            if rest > half || (rest == half && m & 1 == 1) {
                m += 1;
            }
        }
    } else {
        m <<= (-shift) as u32;
    }
    // m now counts units of 2^target_e; renormalise if rounding carried.
    let mut biased = if target_e + m_bits as i32 == min_exp && m < (1 << m_bits) {
        0 // subnormal
    } else {
        (target_e + m_bits as i32 + bias) as u32
    };
    if m >= (2 << m_bits) {
        m >>= 1;
        biased += 1;
    }
    if biased == 0 && m >= (1 << m_bits) {
        biased = 1;
    }
    if biased >= exp_max {
        return sign | ((exp_max as u16) << m_bits); // infinity
    }
    sign | ((biased as u16) << m_bits) | (m as u16 & ((1 << m_bits) - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_round_trips_and_rounds() {
        assert_eq!(from_f64(1.0, false), 0x3c00);
        assert_eq!(to_f64(0x3c00, false), 1.0);
        assert_eq!(from_f64(65504.0, false), 0x7bff);
        assert_eq!(from_f64(65520.0, false), 0x7c00); // rounds to infinity
        assert_eq!(from_f64(-2.0, false), 0xc000);
        assert_eq!(from_f64(1.0 / 3.0, false), 0x3555);
        assert_eq!(from_f64(5.960464477539063e-8, false), 0x0001); // smallest subnormal
        assert_eq!(to_f64(0x0001, false), 5.960464477539063e-8);
        assert_eq!(from_f64(2.9802322387695312e-8, false), 0); // tie to even: 0
        assert_eq!(from_f64(1.0009765625 + 0.00048828125, false), 0x3c02); // tie to even
        for bits in [
            0x0000u16, 0x8000, 0x03ff, 0x0400, 0x3555, 0x7bff, 0xfbff, 0x7c00,
        ] {
            assert_eq!(from_f64(to_f64(bits, false), false), bits, "{bits:#x}");
        }
        assert!(to_f64(0x7e00, false).is_nan());
    }

    #[test]
    fn bfloat_rounds() {
        assert_eq!(from_f64(1.0, true), 0x3f80);
        assert_eq!(from_f64(1.0 / 3.0, true), 0x3eab);
        assert_eq!(to_f64(0x3f80, true), 1.0);
    }
}
