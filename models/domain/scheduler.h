#pragma once
// placeholder: written by the scheduling work
