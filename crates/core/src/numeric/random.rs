use super::bigint::BigInt;
pub struct MersenneTwister;
impl MersenneTwister {
    pub fn new() -> Self {
        todo!()
    }
    pub fn seed_from_int(&mut self, _: &BigInt) {
        todo!()
    }
    pub fn seed_from_str(&mut self, _: &str) {
        todo!()
    }
    pub fn random(&mut self) -> f64 {
        todo!()
    }
    pub fn getrandbits(&mut self, _: u32) -> BigInt {
        todo!()
    }
    pub fn randbelow(&mut self, _: &BigInt) -> BigInt {
        todo!()
    }
}
