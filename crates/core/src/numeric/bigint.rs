#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct BigInt(Vec<u32>, bool);
impl BigInt {
    pub fn from_i64(_: i64) -> Self {
        todo!()
    }
    pub fn from_u64(_: u64) -> Self {
        todo!()
    }
    pub fn to_i64(&self) -> Option<i64> {
        todo!()
    }
    pub fn to_f64(&self) -> Option<f64> {
        todo!()
    }
    pub fn from_f64(_: f64) -> Option<Self> {
        todo!()
    }
    pub fn parse(_: &str, _: u32) -> Option<Self> {
        todo!()
    }
    pub fn parse_python_int(_: &str, _: u32) -> Option<Self> {
        todo!()
    }
    pub fn to_str_radix(&self, _: u32) -> String {
        todo!()
    }
    pub fn is_zero(&self) -> bool {
        todo!()
    }
    pub fn is_negative(&self) -> bool {
        todo!()
    }
    pub fn abs(&self) -> Self {
        todo!()
    }
    pub fn neg(&self) -> Self {
        todo!()
    }
    pub fn not(&self) -> Self {
        todo!()
    }
    pub fn add(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn sub(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn mul(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn divmod_floor(&self, _: &Self) -> Option<(Self, Self)> {
        todo!()
    }
    pub fn pow(&self, _: u64) -> Self {
        todo!()
    }
    pub fn pow_mod(&self, _: &Self, _: &Self) -> Option<Self> {
        todo!()
    }
    pub fn shl(&self, _: u64) -> Self {
        todo!()
    }
    pub fn shr(&self, _: u64) -> Self {
        todo!()
    }
    pub fn bitand(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn bitor(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn bitxor(&self, _: &Self) -> Self {
        todo!()
    }
    pub fn bit_length(&self) -> u64 {
        todo!()
    }
    pub fn true_div(_: &Self, _: &Self) -> Result<f64, &'static str> {
        todo!()
    }
    pub fn gcd(&self, _: &Self) -> Self {
        todo!()
    }
}
impl std::fmt::Display for BigInt {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        todo!()
    }
}
pub fn int_hash(_: &BigInt) -> i64 {
    todo!()
}
pub fn float_hash(_: f64) -> i64 {
    todo!()
}
